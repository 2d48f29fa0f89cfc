using Microsoft.Extensions.Logging;
using Serverless.Shared.Classification;
using Serverless.Shared.Documents;
using Serverless.Shared.Notifications;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// The queue-triggered step: labels the paragraphs a work item points at, keeps the query index in step,
/// records the item as done (for a document of several items), and turns the document <c>Classified</c> when its last
/// item is done. Safe to run twice on the same message: rows are replaced, the done marker is one row per item.
/// </summary>
public sealed class ClassifyWorkItemStep(
    DocumentStore documents,
    ParagraphStore paragraphs,
    ParagraphIndexer indexer,
    WorkItemStore workItems,
    DocumentFailures failures,
    IParagraphClassifier classifier,
    Taxonomy taxonomy,
    NotificationPublisher notifications,
    TimeProvider clock,
    ILogger<ClassifyWorkItemStep> logger)
{
    /// <summary>The progress a finished work item records on its document, as the conditional update decided it.</summary>
    /// <param name="ClassifiedAt">Set when this update turned the document <c>Classified</c>.</param>
    private readonly record struct Progress(DateTimeOffset? ClassifiedAt);

    public async Task<StepOutcome> RunAsync(string message, CancellationToken cancellationToken = default)
    {
        var item = PipelineMessages.TryParse<ClassifyWorkItem>(message);
        if (item is null || !DocumentId.IsValid(item.DocumentId))
        {
            logger.LogError("Discarding a classification message that is not a work item: {Message}", UploadNames.ForLog(message));
            return StepOutcome.Failed;
        }

        return await StorageFaults.RetryTransientAsync(
            nameof(ClassifyWorkItemStep),
            () => StorageFaults.FailRefusedAsync(item.DocumentId, () => ClassifyAsync(item, cancellationToken), failures, logger, cancellationToken),
            logger,
            cancellationToken);
    }

    private async Task<StepOutcome> ClassifyAsync(ClassifyWorkItem item, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync(item.DocumentId, cancellationToken);
        if (document is null || document.StatusValue is DocumentStatus.Failed or DocumentStatus.Withdrawn)
        {
            return StepOutcome.Done;
        }

        if (document.StatusValue == DocumentStatus.Classified)
        {
            // Delivered again after the document was classified: its labels are all written. The worker that classified
            // it may have stopped before it queued the event, so the event is queued again, with the same id (derived
            // from the time classified), which portals get once.
            await notifications.DocumentClassifiedAsync(document, cancellationToken);
            return StepOutcome.Done;
        }

        var rows = await paragraphs.ReadRangeAsync(item.DocumentId, item.First, item.Count, document.HasCorrections, cancellationToken);
        var labelled = await LabelAsync(document, item, rows, cancellationToken);

        // A document of one item (the default) needs no done markers: its item is the whole progress.
        var (done, labelledInDocument) = document.WorkItemCount <= 1
            ? (1, labelled)
            : await MarkDoneAsync(item, labelled, cancellationToken);
        await RecordProgressAsync(document, done, labelledInDocument, cancellationToken);
        return StepOutcome.Done;
    }

    private async Task<(int Done, int Labelled)> MarkDoneAsync(ClassifyWorkItem item, int labelled, CancellationToken cancellationToken)
    {
        await workItems.MarkDoneAsync(item.DocumentId, item.Item, labelled, cancellationToken);
        return await workItems.CountDoneAsync(item.DocumentId, cancellationToken);
    }

    private async Task<int> LabelAsync(DocumentEntity document, ClassifyWorkItem item, IReadOnlyList<ParagraphEntity> rows, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changes = rows
            .Select(row => (Before: row, After: ParagraphMapping.WithLabels(row, classifier.Classify(ParagraphMapping.ToRequest(row, document)), now)))
            .ToArray();

        // The item's labels blob replaces an earlier classification's; reviewers' corrections live apart and stay.
        await paragraphs.WriteLabelsAsync(item.DocumentId, item.Item, Math.Max(1, document.WorkItemCount), changes.Select(c => c.After), cancellationToken);
        await indexer.UpdateAsync(document, changes, cancellationToken);
        return changes.Count(c => c.After.EffectiveActionLines.Count > 0);
    }

    /// <remarks>
    /// The row read at the start is written back without reading it again; should another update have come in between,
    /// the conditional write fails and the row is read again.
    /// </remarks>
    private async Task RecordProgressAsync(DocumentEntity document, int done, int labelled, CancellationToken cancellationToken)
    {
        var documentId = document.PartitionKey;
        var (progress, _) = await documents.UpdateHeldAsync<Progress>(document, d =>
        {
            // Counts read before a slower concurrent update must not move progress backwards.
            if (d.StatusValue is DocumentStatus.Failed || done <= d.WorkItemsDone)
            {
                return null;
            }

            d.WorkItemsDone = done;
            d.LabelledParagraphCount = labelled;
            if (done < d.WorkItemCount || d.StatusValue == DocumentStatus.Classified)
            {
                return new Progress(null);
            }

            d.StatusValue = DocumentStatus.Classified;
            d.ClassifiedAt = clock.GetUtcNow();
            d.TaxonomyVersion = taxonomy.Version;
            return new Progress(d.ClassifiedAt);
        }, cancellationToken);

        if (progress?.ClassifiedAt is not { } classifiedAt)
        {
            return;
        }

        // Only the update that won the conditional write queues the event, so two last items finishing together
        // announce it once. Should the process stop before the event is queued, the work item was not completed: it is
        // delivered again and queues the event then (with the same id, derived from the time classified).
        logger.LogInformation("Document {Id} is classified: {Labelled} paragraphs labelled.", documentId, labelled);
        await notifications.DocumentClassifiedAsync(documentId, classifiedAt, cancellationToken);
    }
}
