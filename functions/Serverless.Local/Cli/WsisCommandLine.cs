using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;

namespace Serverless.Local.Cli;

/// <summary>The <c>./wsis</c> commands. Each lives in its own class; this only assembles them.</summary>
public static class WsisCommandLine
{
    public static RootCommand Create()
    {
        var offline = new Lazy<ServiceProvider>(() => new ServiceCollection().AddDocumentParsing().AddClassification().BuildServiceProvider());
        var root = new RootCommand("WSIS document platform: ingest, classify and summarise contributions to the Secretary-General's report.")
        {
            DemoCommand.Create(),
            RunCommand.Create(),
            CompileCommand.Create(),
            ReconcileCommand.Create(),
            SegmentCommand.Create(() => offline.Value.GetRequiredService<DocumentParser>()),
            ClassifyCommand.Create(() => offline.Value.GetRequiredService<IParagraphClassifier>()),
            EvalCommand.Create(() => offline.Value.GetRequiredService<IParagraphClassifier>()),
        };
        foreach (var command in ScriptCommands.Create())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
