namespace Serverless.Local.Cli;

/// <summary>How the command line reports input it cannot use: one clear line on stderr, exit code 2.</summary>
internal static class CliErrors
{
    public const int BadInput = 2;

    public static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return BadInput;
    }
}
