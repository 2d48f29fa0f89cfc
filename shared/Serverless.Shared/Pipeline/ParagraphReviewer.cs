using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// Applies or withdraws a reviewer's correction of a paragraph's labels. The correction is a row of its own, merged with
/// the classifier's labels when read, so re-classification (which rewrites the labels) never erases it, and the index
/// follows at once.
/// </summary>
public sealed class ParagraphReviewer(DocumentStore documents, ParagraphStore paragraphs, ParagraphIndexer indexer, TimeProvider clock)
{
    /// <summary>Sets (or, with null, withdraws) the correction. Returns the updated paragraph, or null if there is no such paragraph.</summary>
    public async Task<ParagraphEntity?> ReviewAsync(string documentId, int index, LabelCorrection? correction, CancellationToken cancellationToken = default)
    {
        var document = await documents.GetAsync(documentId, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var before = await paragraphs.GetAsync(documentId, index, cancellationToken);
        if (before is null)
        {
            return null;
        }

        if (correction is not null && !document.HasCorrections)
        {
            // Flagged before the correction is written, so a classification that reads the document from now on reads its
            // corrections too.
            await documents.UpdateAsync(documentId, d =>
            {
                if (d.HasCorrections)
                {
                    return false;
                }

                d.HasCorrections = true;
                return true;
            }, cancellationToken);
        }

        var after = before.Copy();
        after.ReviewedActionLines = correction is null ? null : string.Join(',', correction.ActionLines);
        after.ReviewedRequestingBodies = correction?.RequestingBodies is { } bodies ? string.Join(',', bodies) : null;
        after.ReviewedBy = correction?.Reviewer;
        after.ReviewNote = correction?.Note;
        after.ReviewedAt = correction is null ? null : clock.GetUtcNow();
        await paragraphs.WriteCorrectionAsync(documentId, index, correction is null ? null : after, cancellationToken);

        // A withdrawn document's paragraphs are out of the queries: the correction is kept (it still labels the text),
        // but writing it into the index put the paragraph back among the year's hits. Read again after the write, so a
        // withdrawal that took the document out of the index meanwhile is followed too, whichever came first.
        if (document.StatusValue != DocumentStatus.Withdrawn)
        {
            await indexer.UpdateAsync(document, [(before, after)], cancellationToken);
            if (await documents.GetAsync(documentId, cancellationToken) is { StatusValue: DocumentStatus.Withdrawn } withdrawn)
            {
                await indexer.RemoveAsync(withdrawn, cancellationToken);
            }
        }

        return after;
    }
}
