using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// Finds what a stopped worker left unfinished and drives it on, so every document reaches a final state. Storage
/// hides a message a worker took for minutes (the engines take queue messages for ten), so after a crash a document
/// would wait that long for its message to come back. Each run asks the documents table for the documents still
/// <c>Received</c> or <c>Classifying</c> whose row has not changed for <see cref="PipelineOptions.StuckAfterSeconds"/>
/// (<see cref="DocumentStore.ListUnfinishedAsync"/>: the status is the in-flight marker, so processing a document writes
/// no marker of its own): a <c>Received</c> one is ingested again from its blob (or failed when its bytes are gone), a
/// <c>Classifying</c> one gets its unfinished work items queued again. Every action is one the steps already take safely
/// twice; past <see cref="PipelineOptions.MaxRedrives"/> the document is marked <c>Failed</c> with the reason. A document
/// classified by a worker that stopped before it queued the event gets it from its work item, delivered again.
/// </summary>
public sealed class ReconcileStep(
    StorageClients storage,
    DocumentStore documents,
    DocumentFailures failures,
    WorkItemStore workItems,
    ClassificationWorkQueue workQueue,
    PipelineQueue queue,
    IngestDocumentStep ingest,
    IOptions<PipelineOptions> options,
    TimeProvider clock,
    ILogger<ReconcileStep> logger)
{
    public async Task<ReconcileReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var report = new ReconcileReport();

        // While visible work items wait in the queue, the workers are busy rather than gone: a document whose record has
        // not changed is waiting its turn, and queuing its items again would only lengthen the queue. Only a drained
        // queue (the messages a stopped worker took are invisible) says that a Classifying document is stuck.
        var backlog = (await storage.Queue(StorageNames.ClassifyQueue).PeekMessagesAsync(1, cancellationToken)).Value.Length > 0;
        var stuckBefore = clock.GetUtcNow() - TimeSpan.FromSeconds(options.Value.StuckAfterSeconds);
        foreach (var document in await documents.ListUnfinishedAsync(stuckBefore, cancellationToken))
        {
            try
            {
                if (backlog && document.StatusValue == DocumentStatus.Classifying)
                {
                    report.Waiting++;
                    continue;
                }

                await ReconcileAsync(document, report, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // One document's trouble never stops the others; the next run looks at it again.
                logger.LogWarning(e, "Reconciling document {Id} failed; it is looked at again on the next run.", document.PartitionKey);
            }
        }

        if (report.Total > 0)
        {
            logger.LogInformation(
                "Reconciliation: {Ingested} ingested again, {Requeued} queued again, {Failed} failed.",
                report.Ingested, report.Requeued, report.Failed);
        }

        return report;
    }

    private async Task ReconcileAsync(DocumentEntity document, ReconcileReport report, CancellationToken cancellationToken)
    {
        var id = document.PartitionKey;
        if (document.StatusValue is not (DocumentStatus.Received or DocumentStatus.Classifying))
        {
            return;
        }

        if (document.Redrives >= options.Value.MaxRedrives)
        {
            await failures.MarkFailedAsync(
                id,
                $"Processing stopped {document.Redrives} times before the document was finished. The original is kept; upload it again, or ask an administrator to check the logs.",
                cancellationToken);
            report.Failed++;
            return;
        }

        // Counted first, and conditional on the row being unchanged: two reconcilers never drive one document at once.
        var claimed = await documents.UpdateAsync(id, d =>
        {
            if (d.ETag != document.ETag)
            {
                return false;
            }

            d.Redrives++;
            return true;
        }, cancellationToken);
        if (!claimed)
        {
            return;
        }

        if (document.StatusValue == DocumentStatus.Received)
        {
            await IngestAgainAsync(document, report, cancellationToken);
        }
        else
        {
            await RequeueAsync(document, report, cancellationToken);
        }
    }

    private async Task IngestAgainAsync(DocumentEntity document, ReconcileReport report, CancellationToken cancellationToken)
    {
        var blob = storage.Container(StorageNames.IncomingContainer).GetBlobClient(document.BlobName);
        if (!await blob.ExistsAsync(cancellationToken))
        {
            await failures.MarkFailedAsync(
                document.PartitionKey,
                $"The upload's bytes are not in storage under '{document.BlobName}'; upload the file again.",
                cancellationToken);
            report.Failed++;
            return;
        }

        logger.LogInformation("Document {Id} stayed Received; ingesting {Blob} again.", document.PartitionKey, UploadNames.ForLog(document.BlobName));
        await ingest.RunAsync(blob, cancellationToken);
        report.Ingested++;
    }

    private async Task RequeueAsync(DocumentEntity document, ReconcileReport report, CancellationToken cancellationToken)
    {
        var done = await workItems.DoneItemsAsync(document.PartitionKey, cancellationToken);
        var missing = workQueue.Plan(document.PartitionKey, document.ParagraphCount).Where(i => !done.Contains(i.Item)).ToList();

        // Every item done but the status not changed: the worker stopped between the two. Doing the last item again
        // records the progress (and the event) as the step would have.
        if (missing.Count == 0 && document.WorkItemCount > 0)
        {
            missing.Add(workQueue.Plan(document.PartitionKey, document.ParagraphCount)[^1]);
        }

        logger.LogInformation("Document {Id} stayed Classifying; queuing {Count} work items again.", document.PartitionKey, missing.Count);
        await queue.SendAsync(missing, cancellationToken);
        report.Requeued++;
    }
}

/// <summary>What one reconciliation run did.</summary>
public sealed class ReconcileReport
{
    public int Ingested { get; set; }

    public int Requeued { get; set; }

    public int Failed { get; set; }

    /// <summary>Classifying documents left alone because work items were still waiting in the queue.</summary>
    public int Waiting { get; set; }

    public int Total => Ingested + Requeued + Failed;
}
