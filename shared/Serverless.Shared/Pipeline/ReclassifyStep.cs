using Microsoft.Extensions.Logging;
using Serverless.Shared.Classification;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// Classifies stored paragraphs again, e.g. after a taxonomy change: each document of the year (or every
/// document) goes back to <c>Classifying</c> with its progress reset, and its work items are queued again.
/// Reviewers' corrections stay, since they live beside the classifier's labels. Progress shows on each
/// document (<c>workItemsDone</c> of <c>workItemCount</c>) until it is <c>Classified</c> again. Asked for outdated
/// documents only, it leaves those already classified with the current taxonomy as they are.
/// </summary>
public sealed class ReclassifyStep(
    DocumentStore documents,
    WorkItemStore workItems,
    ClassificationWorkQueue workQueue,
    PipelineQueue queue,
    Taxonomy taxonomy,
    ILogger<ReclassifyStep> logger)
{
    public Task<StepOutcome> RunAsync(string message, CancellationToken cancellationToken = default) =>
        StorageFaults.RetryTransientAsync(nameof(ReclassifyStep), () => HandleAsync(message, cancellationToken), logger, cancellationToken);

    private async Task<StepOutcome> HandleAsync(string message, CancellationToken cancellationToken)
    {
        var request = PipelineMessages.TryParse<ReclassifyRequest>(message);
        if (request is null)
        {
            logger.LogError("Discarding a re-classification request that is not one: {Message}", UploadNames.ForLog(message));
            return StepOutcome.Failed;
        }

        var count = 0;
        foreach (var document in await documents.ListAsync(request.Year, null, cancellationToken))
        {
            var current = document.StatusValue == DocumentStatus.Classified && document.TaxonomyVersion == taxonomy.Version;
            if ((document.StatusValue is DocumentStatus.Classified or DocumentStatus.Classifying) && !(request.OnlyOutdated && current))
            {
                await RestartAsync(document, cancellationToken);
                count++;
            }
        }

        logger.LogInformation("Re-classifying {Count} documents ({Scope}{Outdated}).", count, request.Year?.ToString() ?? "all years",
            request.OnlyOutdated ? $", those not classified with taxonomy {taxonomy.Version}" : "");
        return StepOutcome.Done;
    }

    private async Task RestartAsync(DocumentEntity document, CancellationToken cancellationToken)
    {
        var items = workQueue.Plan(document.PartitionKey, document.ParagraphCount);
        await workItems.ResetAsync(document.PartitionKey, cancellationToken);
        await documents.UpdateAsync(document.PartitionKey, d =>
        {
            d.StatusValue = DocumentStatus.Classifying;
            d.WorkItemCount = items.Count;
            d.WorkItemsDone = 0;
            d.LabelledParagraphCount = 0;
            d.ClassifiedAt = null;
            d.TaxonomyVersion = null;
            return true;
        }, cancellationToken);
        await queue.SendAsync(items, cancellationToken);
    }
}
