using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// Finds the documents whose file was replaced in storage: a blob name written again with other bytes (a contributor
/// saving a corrected report over the first one, straight into the intake container) is read as a new document, while
/// the first document's row still names the blob. Of the classified documents read from one name, the one read from the
/// latest write is the file as it stands; the others are earlier versions, which no longer count. Uploads through the
/// API never replace a name (a second file under a taken name gets a name of its own), so they meet this only when a
/// tool writes over them.
/// </summary>
/// <remarks>
/// Found from the year's rows the compile reads anyway, so a document costs no request more for it. Only a classified
/// version replaces an earlier one: while the newer one is still read, or if it failed, the earlier one is what the
/// summary can count. A document known under other names too is still held by them, and is never replaced. Storage gives
/// write times to the second: two writes of one name within the same second are both counted.
/// </remarks>
public static class ReplacedVersions
{
    public sealed record Replacement(DocumentEntity Earlier, DocumentEntity Current);

    public static IReadOnlyList<Replacement> Find(IEnumerable<DocumentEntity> documents)
    {
        var replacements = new List<Replacement>();
        foreach (var name in documents
                     .Where(d => d.StatusValue == DocumentStatus.Classified)
                     .GroupBy(d => d.BlobName, StringComparer.Ordinal)
                     .Where(g => g.Count() > 1))
        {
            var byWrite = name.OrderBy(WrittenAt).ThenBy(d => d.ReceivedAt).ThenBy(d => d.PartitionKey, StringComparer.Ordinal).ToArray();
            var current = byWrite[^1];
            replacements.AddRange(byWrite[..^1].Where(d => WrittenAt(d) < WrittenAt(current) && d.GetOtherBlobNames().Count == 0).Select(d => new Replacement(d, current)));
        }

        return replacements;
    }

    /// <summary>Rows written before the write time was recorded fall back on when they were received.</summary>
    private static DateTimeOffset WrittenAt(DocumentEntity document) => document.BlobWrittenAt ?? document.ReceivedAt;
}
