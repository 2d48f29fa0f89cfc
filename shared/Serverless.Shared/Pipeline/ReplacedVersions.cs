using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// Finds the documents a newer version replaced, in two ways. A file written again under its own name in storage (a
/// contributor saving a corrected report over the first, straight into the intake container) is read as a new document
/// while the first one's row still names the blob: of the classified documents read from one name, the one read from
/// the latest write is the file as it stands. An upload may also say which document it is a newer version of
/// (<c>replaces</c>): uploads through the API never write over a name, so this is how they replace one.
/// </summary>
/// <remarks>
/// Found from rows the compile reads anyway, so a document costs no request more for it; a declared replacement is
/// also settled as soon as the newer version is classified (<see cref="DeclaredReplacement"/>), which costs requests
/// only to the documents that declare one. Only a classified version
/// replaces another, and only a classified one is replaced: while the newer one is still read, or if it failed, the
/// earlier one is what the summary can count. A document known under other names too is still held by them, and is
/// not replaced by a write of one of them. Storage gives write times to the second: two writes of one name within the
/// same second are both counted.
/// </remarks>
public static class ReplacedVersions
{
    /// <param name="SameName">Replaced by a write of the same blob name, rather than by an upload that said so.</param>
    public sealed record Replacement(DocumentEntity Earlier, DocumentEntity Current, bool SameName);

    public static IReadOnlyList<Replacement> Find(IEnumerable<DocumentEntity> documents)
    {
        var classified = documents.Where(d => d.StatusValue == DocumentStatus.Classified).DistinctBy(d => d.PartitionKey).ToArray();
        var replacements = new List<Replacement>();
        foreach (var name in classified.GroupBy(d => d.BlobName, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var byWrite = name.OrderBy(WrittenAt).ThenBy(d => d.ReceivedAt).ThenBy(d => d.PartitionKey, StringComparer.Ordinal).ToArray();
            var current = byWrite[^1];
            replacements.AddRange(byWrite[..^1]
                .Where(d => WrittenAt(d) < WrittenAt(current) && d.GetOtherBlobNames().Count == 0)
                .Select(d => new Replacement(d, current, SameName: true)));
        }

        var byId = classified.ToDictionary(d => d.PartitionKey, StringComparer.Ordinal);
        foreach (var current in classified.Where(d => d.Replaces is not null && d.Replaces != d.PartitionKey))
        {
            if (byId.TryGetValue(current.Replaces!, out var earlier) && Declared(current, earlier) is { } replacement &&
                replacements.All(r => r.Earlier.PartitionKey != earlier.PartitionKey))
            {
                replacements.Add(replacement);
            }
        }

        return replacements;
    }

    /// <summary>
    /// The replacement <paramref name="current"/> declares of <paramref name="earlier"/> (its <c>replaces</c>), when both
    /// are classified, or when <paramref name="earlier"/> was withdrawn for it already (so that a withdrawal cut short is
    /// finished when asked again); null otherwise. Two uploads that each say they replace the other (possible through
    /// metadata) replace neither.
    /// </summary>
    public static Replacement? Declared(DocumentEntity current, DocumentEntity earlier) =>
        current.Replaces == earlier.PartitionKey && earlier.PartitionKey != current.PartitionKey &&
        earlier.Replaces != current.PartitionKey && current.StatusValue == DocumentStatus.Classified &&
        (earlier.StatusValue == DocumentStatus.Classified || WithdrawnFor(earlier, current))
            ? new Replacement(earlier, current, SameName: false)
            : null;

    /// <summary>Whether <paramref name="earlier"/> was withdrawn as replaced by <paramref name="current"/>.</summary>
    public static bool WithdrawnFor(DocumentEntity earlier, DocumentEntity current) =>
        earlier.StatusValue == DocumentStatus.Withdrawn && earlier.ReplacedBy == current.PartitionKey;

    /// <summary>The documents that <paramref name="documents"/> say they replace and that are not among them (another year's).</summary>
    public static IReadOnlyList<string> DeclaredElsewhere(IReadOnlyCollection<DocumentEntity> documents)
    {
        var ids = documents.Select(d => d.PartitionKey).ToHashSet(StringComparer.Ordinal);
        return documents
            .Where(d => d.StatusValue == DocumentStatus.Classified && d.Replaces is not null && !ids.Contains(d.Replaces))
            .Select(d => d.Replaces!)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Rows written before the write time was recorded fall back on when they were received.</summary>
    private static DateTimeOffset WrittenAt(DocumentEntity document) => document.BlobWrittenAt ?? document.ReceivedAt;
}
