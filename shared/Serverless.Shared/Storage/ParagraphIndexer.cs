namespace Serverless.Shared.Storage;

/// <summary>
/// Keeps the query index in step with a paragraph's effective labels (a reviewer's if any, else the
/// classifier's): writes the rows of its current labels and deletes the rows of labels it no longer has.
/// </summary>
public sealed class ParagraphIndexer(ParagraphIndexStore index)
{
    /// <param name="changes">Each paragraph's row before and after the change.</param>
    public async Task UpdateAsync(
        DocumentEntity document, IEnumerable<(ParagraphEntity Before, ParagraphEntity After)> changes, CancellationToken cancellationToken = default)
    {
        var year = document.Year ?? 0;
        var rows = new List<ParagraphIndexEntity>();
        var stale = new List<(string, string)>();
        foreach (var (before, after) in changes)
        {
            var rowKey = ParagraphIndexEntity.RowKeyFor(document.PartitionKey, after.Index);
            var current = Partitions(year, after).ToHashSet();
            stale.AddRange(Partitions(year, before).Where(p => !current.Contains(p)).Select(p => (p, rowKey)));
            rows.AddRange(current.Select(partition => new ParagraphIndexEntity
            {
                PartitionKey = partition,
                RowKey = rowKey,
                DocumentId = document.PartitionKey,
                Index = after.Index,
                Number = after.Number,
                Entity = document.Entity,
                Text = after.Text,
                ActionLines = string.Join(',', after.EffectiveActionLines),
                RequestingBodies = string.Join(',', after.EffectiveRequestingBodies),
            }));
        }

        await index.WriteAsync(rows, cancellationToken);
        await index.DeleteAsync(stale, cancellationToken);
    }

    /// <summary>Writes the index rows of every paragraph given, for the document's year and entity as they are now.</summary>
    public Task AddAsync(DocumentEntity document, IEnumerable<ParagraphEntity> paragraphs, CancellationToken cancellationToken = default) =>
        UpdateAsync(document, paragraphs.Select(p => (p, p)), cancellationToken);

    /// <summary>Deletes the index rows of every paragraph given, for the document's year as it is now.</summary>
    public Task RemoveAsync(DocumentEntity document, IEnumerable<ParagraphEntity> paragraphs, CancellationToken cancellationToken = default) =>
        index.DeleteAsync(paragraphs.SelectMany(p => Partitions(document.Year ?? 0, p)
            .Select(partition => (partition, ParagraphIndexEntity.RowKeyFor(document.PartitionKey, p.Index)))), cancellationToken);

    /// <remarks>
    /// Headings are not indexed: a heading names a section, it says nothing of its own, and the summary does not count
    /// it either, so a query by line finds what the summary counts.
    /// </remarks>
    private static IEnumerable<string> Partitions(int year, ParagraphEntity row) => row.Kind == "heading" ? [] :
        row.EffectiveActionLines.Select(code => ParagraphIndexEntity.ActionLinePartition(year, code))
            .Concat(row.EffectiveRequestingBodies.Select(body => ParagraphIndexEntity.BodyPartition(year, body)));
}
