namespace Serverless.Shared.Storage;

/// <summary>
/// Keeps a document's row in the year index (<see cref="YearIndexRow"/>) in step with its paragraphs' effective labels
/// (a reviewer's if any, else the classifier's).
/// </summary>
public sealed class ParagraphIndexer(YearIndexStore index)
{
    /// <summary>
    /// Records the labels of the paragraphs given. When they are all of the document's, the row is written outright (one
    /// upsert); otherwise (one work item of several, a reviewer's correction) the row is read, changed for those
    /// paragraphs only and written back if nobody changed it meanwhile, so concurrent writers never undo each other.
    /// </summary>
    /// <param name="changes">Each paragraph's row before and after the change.</param>
    public async Task UpdateAsync(
        DocumentEntity document, IReadOnlyCollection<(ParagraphEntity Before, ParagraphEntity After)> changes, CancellationToken cancellationToken = default)
    {
        var year = document.Year ?? 0;
        if (changes.Count > 0 && changes.Count >= document.ParagraphCount)
        {
            var row = new YearIndexRow { Year = year, DocumentId = document.PartitionKey, Entity = document.Entity };
            Apply(row, changes.Select(c => c.After));
            await index.WriteAsync(row, cancellationToken);
            return;
        }

        while (true)
        {
            var row = await index.GetAsync(year, document.PartitionKey, cancellationToken)
                ?? new YearIndexRow { Year = year, DocumentId = document.PartitionKey };
            row.Entity = document.Entity;
            Apply(row, changes.Select(c => c.After));
            if (await index.TryWriteAsync(row, cancellationToken))
            {
                return;
            }
        }
    }

    /// <summary>Writes the document's row from all its paragraphs, for its year and entity as they are now.</summary>
    public Task AddAsync(DocumentEntity document, IEnumerable<ParagraphEntity> paragraphs, CancellationToken cancellationToken = default)
    {
        var row = new YearIndexRow { Year = document.Year ?? 0, DocumentId = document.PartitionKey, Entity = document.Entity };
        Apply(row, paragraphs);
        return index.WriteAsync(row, cancellationToken);
    }

    /// <summary>Removes the document from the index of its year as it is now.</summary>
    public Task RemoveAsync(DocumentEntity document, CancellationToken cancellationToken = default) =>
        index.DeleteAsync(document.Year ?? 0, document.PartitionKey, cancellationToken);

    /// <remarks>
    /// Headings are not indexed: a heading names a section, it says nothing of its own, and the summary does not count
    /// it either, so a query by line finds what the summary counts.
    /// </remarks>
    private static void Apply(YearIndexRow row, IEnumerable<ParagraphEntity> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            row.Remove(paragraph.Index);
            if (paragraph.Kind != "heading")
            {
                row.Add(paragraph.Index, paragraph.EffectiveActionLines, paragraph.EffectiveRequestingBodies);
            }
        }
    }
}
