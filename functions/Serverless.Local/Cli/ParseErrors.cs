using System.CommandLine;
using System.Text.RegularExpressions;

namespace Serverless.Local.Cli;

/// <summary>
/// What the command line says about arguments it cannot use: one line in words a person reads (the first error), and
/// exit code 2, instead of the parser's type names and the whole help text.
/// </summary>
internal static partial class ParseErrors
{
    public static int Report(ParseResult result) => CliErrors.Fail(Describe(result));

    /// <summary>The line to print: an unknown word first (it usually explains the rest), else the first error.</summary>
    public static string Describe(ParseResult result)
    {
        var message = (result.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? result.Errors[0]).Message;
        var conversion = Conversion().Match(message);
        if (conversion.Success)
        {
            var kind = conversion.Groups["type"].Value switch
            {
                "System.Int32" or "System.Int64" => "a whole number",
                "System.Boolean" => "true or false",
                "System.IO.DirectoryInfo" or "System.IO.FileInfo" => "a path",
                var other => other,
            };
            message = $"{conversion.Groups["option"].Value} takes {kind}; '{conversion.Groups["value"].Value}' is not one.";
        }

        var command = string.Join(' ', result.CommandResult.Command.Name == result.RootCommandResult.Command.Name ? [] : new[] { result.CommandResult.Command.Name });
        return $"{message.TrimEnd('.')}. See ./wsis {command}{(command.Length == 0 ? "" : " ")}--help.";
    }

    [GeneratedRegex(@"Cannot parse argument '(?<value>.*)' for (option|argument) '(?<option>[^']+)' as expected type '(?<type>[^']+)'")]
    private static partial Regex Conversion();
}
