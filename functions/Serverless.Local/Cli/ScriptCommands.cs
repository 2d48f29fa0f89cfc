using System.CommandLine;

namespace Serverless.Local.Cli;

/// <summary>
/// Commands the <c>./wsis</c> script runs itself (they build other projects), listed here so <c>./wsis --help</c> shows
/// every command. Reached only when this program is called directly, they say how to run them.
/// </summary>
internal static class ScriptCommands
{
    public static IEnumerable<Command> Create() =>
    [
        Create("test", "Run the whole test suite (unit, integration on a real Azurite, HTTP, infrastructure); ends with 'N passed, N failed'."),
        Create("train", "Train the action-line model on the labelled set and keep it only if it beats the lexicon (--grid compares settings)."),
    ];

    private static Command Create(string name, string description)
    {
        var command = new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(_ => CliErrors.Fail($"Run it as ./wsis {name}: the script builds and runs what it needs."));
        return command;
    }
}
