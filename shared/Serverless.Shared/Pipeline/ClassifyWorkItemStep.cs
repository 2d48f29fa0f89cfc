using Microsoft.Extensions.Logging;
using Serverless.Shared.Classification;
using Serverless.Shared.Documents;
using Serverless.Shared.Notifications;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// The queue-triggered step: labels the paragraphs a work item points at, keeps the query index in step,
/// records the item as done (for a document of several items), and turns the document <c>Classified</c> when its last
/// item is done, withdrawing then the document it says it replaces (<see cref="DeclaredReplacement"/>). Safe to run twice on the same message: rows are replaced, the done marker is one row per item, and a
/// copy handled after the document is classified only queues its event again (same id). The one item of a document of
/// one carries its row as intake wrote it (<see cref="HeldDocument"/>), so that item reads no row unless it changed.
/// </summary>
public sealed class ClassifyWorkItemStep(
    StorageClients storage,
    DocumentStore documents,
    ParagraphStore paragraphs,
    ParagraphIndexer indexer,
    WorkItemStore workItems,
    ClassificationWorkQueue workQueue,
    DocumentFailures failures,
    IParagraphClassifier classifier,
    Taxonomy taxonomy,
    NotificationPublisher notifications,
    IngestDocumentStep ingest,
    DeclaredReplacement replacement,
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
        var document = item.Held?.ToEntity(item.DocumentId) ?? await documents.GetAsync(item.DocumentId, cancellationToken);
        if (document is null || document.StatusValue is DocumentStatus.Failed or DocumentStatus.Withdrawn)
        {
            return StepOutcome.Done;
        }

        if (document.StatusValue == DocumentStatus.Classified)
        {
            await AnnounceAgainAsync(document, cancellationToken);
            return StepOutcome.Done;
        }

        if (!workQueue.Holds(item, document.ParagraphCount, document.WorkItemCount))
        {
            logger.LogError(
                "Discarding work item {Item} of document {Id} (paragraphs {First}, {Count} of them): the document's {Paragraphs} paragraphs in {Items} items hold no such item.",
                item.Item, item.DocumentId, item.First, item.Count, document.ParagraphCount, document.WorkItemCount);
            return StepOutcome.Failed;
        }

        var rows = await paragraphs.ReadRangeAsync(item.DocumentId, item.First, item.Count, document.HasCorrections, cancellationToken);
        if (rows.Count < item.Count)
        {
            return await IngestAgainAsync(item, rows.Count, cancellationToken);
        }

        var labelled = await LabelAsync(document, item, rows, cancellationToken);

        // A document of one item (the default) needs no done markers: its item is the whole progress.
        var (done, labelledInDocument) = document.WorkItemCount <= 1
            ? (1, labelled)
            : await MarkDoneAsync(item, labelled, cancellationToken);
        if (item.Held is { } held)
        {
            return await RecordHeldProgressAsync(item, held, document, done, labelledInDocument, cancellationToken);
        }

        await RecordProgressAsync(document, done, labelledInDocument, cancellationToken);
        return StepOutcome.Done;
    }

    /// <summary>
    /// The paragraphs the item points at are not stored: storage lost a write intake made just before it stopped (Azurite
    /// keeps the last seconds of writes in memory; a killed emulator loses them), while the row and the item it wrote
    /// later were kept. Only intake can write them again, from the upload: the document goes back to <c>Received</c>
    /// and is ingested again now, which stores its paragraphs and queues its items anew. Classifying what is there would
    /// turn it <c>Classified</c> with paragraphs missing.
    /// </summary>
    private async Task<StepOutcome> IngestAgainAsync(ClassifyWorkItem item, int found, CancellationToken cancellationToken)
    {
        await documents.UpdateAsync(item.DocumentId, d =>
        {
            if (d.StatusValue != DocumentStatus.Classifying)
            {
                return false;
            }

            d.StatusValue = DocumentStatus.Received;
            d.WorkItemsDone = 0;
            return true;
        }, cancellationToken);
        var document = await documents.GetAsync(item.DocumentId, cancellationToken);
        if (document?.StatusValue != DocumentStatus.Received)
        {
            return StepOutcome.Done;
        }

        logger.LogWarning(
            "Document {Id}: work item {Item} found {Found} of its {Count} paragraphs stored; ingesting {Blob} again.",
            item.DocumentId, item.Item, found, item.Count, UploadNames.ForLog(document.BlobName));
        return await ingest.RunAsync(storage.Container(StorageNames.IncomingContainer).GetBlobClient(document.BlobName), cancellationToken);
    }

    /// <summary>
    /// Delivered again after the document was classified: its labels are all written. The worker that classified it may
    /// have stopped before it withdrew the document it replaces or queued the event, so both are done again: the
    /// withdrawal changes nothing the second time, and the event keeps its id (derived from the time classified), which
    /// portals get once.
    /// </summary>
    private async Task AnnounceAgainAsync(DocumentEntity document, CancellationToken cancellationToken)
    {
        await replacement.SettleAsync(document, cancellationToken);
        await notifications.DocumentClassifiedAsync(document, cancellationToken);
    }

    /// <summary>
    /// Records the progress of an item that carried its document's row (<see cref="HeldDocument"/>), on that row's ETag,
    /// writing only the progress columns. When the row changed since intake wrote it, it is read now: a failed document
    /// loses the index row just written; a classified one (this item delivered again) gets its event again; one whose
    /// classification inputs changed (a reviewer's first correction) is classified again from the row; otherwise the
    /// work stands and the progress is recorded on the row as it is.
    /// </summary>
    private async Task<StepOutcome> RecordHeldProgressAsync(
        ClassifyWorkItem item, HeldDocument held, DocumentEntity document, int done, int labelled, CancellationToken cancellationToken)
    {
        var progress = document.Copy();
        if (Advance(progress, done, labelled) is { ClassifiedAt: { } classifiedAt } &&
            await documents.TryMergeHeldAsync(item.DocumentId, document.ETag, ProgressColumns(progress), cancellationToken))
        {
            await AnnounceAsync(progress, classifiedAt, labelled, cancellationToken);
            return StepOutcome.Done;
        }

        var current = await documents.GetAsync(item.DocumentId, cancellationToken);
        switch (current?.StatusValue)
        {
            case null or DocumentStatus.Failed or DocumentStatus.Withdrawn:
                // The row is gone (deleted with a storage tool) or the document out of the queries: the index row the
                // labels just wrote, for the year the item carried, goes too.
                await indexer.RemoveAsync(document, cancellationToken);
                return StepOutcome.Done;
            case DocumentStatus.Classified:
                await IndexAsClassifiedAsync(document, current, cancellationToken);
                await AnnounceAgainAsync(current, cancellationToken);
                return StepOutcome.Done;
        }

        if (!held.Matches(current))
        {
            return await ClassifyAsync(item with { Held = null }, cancellationToken);
        }

        await RecordProgressAsync(current, done, labelled, cancellationToken);
        return StepOutcome.Done;
    }

    /// <summary>
    /// A copy of the item delivered after the document was classified and then corrected (its year or entity, which a
    /// person may change only once it is classified) wrote the index row for the year and entity it carried, which are no
    /// longer the document's: the document stood in the old year's queries as well as the new. The row is written again
    /// as the document is now, and the old year's removed.
    /// </summary>
    private async Task IndexAsClassifiedAsync(DocumentEntity held, DocumentEntity current, CancellationToken cancellationToken)
    {
        if (held.Year == current.Year && held.Entity == current.Entity)
        {
            return;
        }

        await indexer.AddAsync(current, await paragraphs.ReadAllAsync(current.PartitionKey, cancellationToken), cancellationToken);
        if (held.Year != current.Year)
        {
            await indexer.RemoveAsync(held, cancellationToken);
        }
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
        var (progress, row) = await documents.UpdateHeldAsync<Progress>(document, d => Advance(d, done, labelled), cancellationToken);
        if (progress?.ClassifiedAt is { } classifiedAt)
        {
            await AnnounceAsync(row!, classifiedAt, labelled, cancellationToken);
        }
    }

    /// <summary>Moves the row's progress on; null to leave it as it is.</summary>
    private Progress? Advance(DocumentEntity d, int done, int labelled)
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
    }

    private static Dictionary<string, object?> ProgressColumns(DocumentEntity d) => new()
    {
        [nameof(DocumentEntity.Status)] = d.Status,
        [nameof(DocumentEntity.WorkItemsDone)] = d.WorkItemsDone,
        [nameof(DocumentEntity.LabelledParagraphCount)] = d.LabelledParagraphCount,
        [nameof(DocumentEntity.ClassifiedAt)] = d.ClassifiedAt,
        [nameof(DocumentEntity.TaxonomyVersion)] = d.TaxonomyVersion,
    };

    /// <remarks>
    /// Only the update that won the conditional write queues the event, so two last items finishing together announce
    /// it once. Should the process stop before the event is queued, the work item was not completed: it is delivered
    /// again and queues the event then (with the same id, derived from the time classified).
    /// </remarks>
    private async Task AnnounceAsync(DocumentEntity classified, DateTimeOffset classifiedAt, int labelled, CancellationToken cancellationToken)
    {
        logger.LogInformation("Document {Id} is classified: {Labelled} paragraphs labelled.", classified.PartitionKey, labelled);
        await replacement.SettleAsync(classified, cancellationToken);
        await notifications.DocumentClassifiedAsync(classified.PartitionKey, classifiedAt, cancellationToken);
    }
}
