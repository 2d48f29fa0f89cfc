using System.Text.Json;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// The subjects of the report's international section (UNGIS, the CSTD, facilitation, civil society and business),
/// loaded from the embedded <c>topics.json</c>. A paragraph is about a subject when its opening names it.
/// </summary>
public sealed class TopicCatalog
{
    private const int OpeningLength = 120;
    private readonly (TopicDefinition Topic, string[] Terms)[] _topics;

    public TopicCatalog(IReadOnlyList<TopicDefinition> topics)
    {
        Topics = topics;
        _topics = topics.Select(t => (t, t.Terms.Select(term => " " + TextNormaliser.Fold(term).Trim() + " ").ToArray())).ToArray();
    }

    public IReadOnlyList<TopicDefinition> Topics { get; }

    public static TopicCatalog LoadEmbedded()
    {
        using var stream = typeof(TopicCatalog).Assembly.GetManifestResourceStream("Serverless.Shared.topics.json")
            ?? throw new InvalidOperationException("The embedded topics.json is missing from Serverless.Shared.");
        var file = JsonSerializer.Deserialize<TopicFile>(stream, Taxonomy.JsonOptions)
            ?? throw new InvalidDataException("topics.json is empty.");
        return new TopicCatalog(file.Topics);
    }

    /// <summary>The first subject the opening of <paramref name="text"/> names, or null.</summary>
    public string? Find(string text)
    {
        var opening = TextNormaliser.Fold(text.Length <= OpeningLength ? text : text[..OpeningLength]);
        return _topics.FirstOrDefault(t => t.Terms.Any(term => opening.Contains(term, StringComparison.Ordinal))).Topic?.Id;
    }

    private sealed record TopicFile(IReadOnlyList<TopicDefinition> Topics);
}

public sealed record TopicDefinition(string Id, string En, string Fr, string[] Terms);
