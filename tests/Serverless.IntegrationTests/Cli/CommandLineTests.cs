using Serverless.Local.Cli;

namespace Serverless.IntegrationTests.Cli;

/// <summary>The ./wsis command line: help lists every command; a bad argument gets one line in words and exit code 2.</summary>
public class CommandLineTests
{
    [Fact]
    public void Help_ListsEveryCommand_TheScriptsOwnIncluded()
    {
        var names = WsisCommandLine.Create().Subcommands.Select(c => c.Name);

        Assert.Equal(["classify", "compile", "demo", "eval", "reconcile", "run", "segment", "test", "train"], names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "compile", "--year", "abc" }, "--year takes a whole number; 'abc' is not one. See ./wsis compile --help.")]
    [InlineData(new[] { "compile" }, "Option '--year' is required. See ./wsis compile --help.")]
    [InlineData(new[] { "bogus" }, "Unrecognized command or argument 'bogus'. See ./wsis --help.")]
    public void BadArguments_GetOneLineInWords(string[] args, string expected)
    {
        var parsed = WsisCommandLine.Create().Parse(args);

        Assert.NotEmpty(parsed.Errors);
        Assert.Equal(expected, ParseErrors.Describe(parsed));
    }

    [Fact]
    public async Task Demo_ExitsWith2_When_AFolderIsMissing()
    {
        var exitCode = await WsisCommandLine.Create().Parse(["demo", "/no/such/folder/for/wsis", "--once"]).InvokeAsync();

        Assert.Equal(2, exitCode);
    }

    [Fact]
    public async Task Eval_ExitsWith2_When_TheModelFileIsNotAModel()
    {
        var model = Path.GetTempFileName(); // empty, as while ./wsis train is still writing it
        var labelled = Path.GetTempFileName();
        await File.WriteAllTextAsync(labelled, """{"id":"x","text":"Le village a désormais du réseau mobile.","lang":"fr","actionLines":["C2"]}""" + "\n");
        try
        {
            var exitCode = await WsisCommandLine.Create().Parse(["eval", labelled, "--model", model]).InvokeAsync();

            Assert.Equal(2, exitCode);
        }
        finally
        {
            File.Delete(model);
            File.Delete(labelled);
        }
    }
}
