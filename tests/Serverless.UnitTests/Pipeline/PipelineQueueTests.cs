using System.Text.RegularExpressions;

namespace Serverless.UnitTests.Pipeline;

/// <summary>One sender for every pipeline message: the guard is the source itself, so a second sender fails here.</summary>
public sealed partial class PipelineQueueTests
{
    [Fact]
    public void OnlyPipelineQueue_SendsQueueMessages_When_TheSharedAndHostSourcesAreSearched()
    {
        var roots = new[] { "shared", "functions" }.Select(f => Path.Combine(CorpusFiles.RepositoryRoot, f));
        var senders = roots
            .SelectMany(root => Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => SendCall().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetFileName(file))
            .ToArray();

        Assert.Equal(new[] { "PipelineQueue.cs" }, senders);
    }

    [GeneratedRegex(@"\.SendMessageAsync\(")]
    private static partial Regex SendCall();
}
