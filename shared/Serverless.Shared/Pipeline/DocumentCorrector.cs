using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// A person corrects a document's year or entity (<c>PATCH /api/documents/{id}</c>). The correction is kept with who
/// and when, wins over every source on re-ingestion (<see cref="DocumentAttribution"/>), and moves the document's
/// index row to the corrected year at once; summaries follow at their next compile.
/// </summary>
public sealed class DocumentCorrector(DocumentStore documents, ParagraphStore paragraphs, ParagraphIndexer indexer, TimeProvider clock)
{
    /// <returns>The document after the correction; null when there is no such document.</returns>
    /// <exception cref="DocumentBusyException">It is being read or classified: its index rows are still being written.</exception>
    public async Task<DocumentEntity?> CorrectAsync(string id, int? year, string? entity, string by, string? note, CancellationToken cancellationToken = default)
    {
        var before = await documents.GetAsync(id, cancellationToken);
        if (before is null)
        {
            return null;
        }

        DocumentBusyException.ThrowIfBusy(before, "corrected");
        await documents.UpdateAsync(id, d =>
        {
            DocumentBusyException.ThrowIfBusy(d, "corrected");
            d.CorrectedYear = year ?? d.CorrectedYear;
            d.CorrectedEntity = entity ?? d.CorrectedEntity;
            d.CorrectedBy = by;
            d.CorrectedAt = clock.GetUtcNow();
            d.CorrectionNote = note;
            DocumentAttribution.ApplyCorrection(d);
            return true;
        }, cancellationToken);

        var after = (await documents.GetAsync(id, cancellationToken))!;
        if (after.StatusValue == DocumentStatus.Classified && (after.Year != before.Year || after.Entity != before.Entity))
        {
            // The index row is partitioned by year and carries the entity: the old year's goes, the new year's comes.
            await indexer.AddAsync(after, await paragraphs.ReadAllAsync(id, cancellationToken), cancellationToken);
            if (after.Year != before.Year)
            {
                await indexer.RemoveAsync(before, cancellationToken);
            }
        }

        return after;
    }
}
