using System.Text.Json;
using Microsoft.Extensions.Logging;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// Handles what the trigger engine gave up on: a classification work item or an intake blob whose
/// function failed on every attempt. The document becomes <c>Failed</c> with a reason; nothing else stops.
/// </summary>
public sealed class PoisonMessageStep(
    DocumentStore documents,
    DocumentFailures failures,
    ClassificationWorkQueue workQueue,
    SummaryStore summaries,
    StorageClients storage,
    TimeProvider clock,
    ILogger<PoisonMessageStep> logger)
{
    /// <summary>A compile that failed on every attempt: the summary route says so until a compile succeeds.</summary>
    public async Task<StepOutcome> OnCompilePoisonAsync(string message, CancellationToken cancellationToken = default)
    {
        var request = PipelineMessages.TryParse<CompileRequest>(message);
        logger.LogError("Compiling the summary failed on every attempt: {Message}", UploadNames.ForLog(message));
        if (request is null || !UploadPath.IsYear(request.Year))
        {
            return StepOutcome.Failed;
        }

        await summaries.RecordFailureAsync(request.Year,
            "The last compile failed repeatedly; the summary shown, if any, is the previous one. Ask an administrator to check the logs.",
            clock.GetUtcNow(), cancellationToken);
        return StepOutcome.Done;
    }

    public async Task<StepOutcome> OnClassifyPoisonAsync(string message, CancellationToken cancellationToken = default)
    {
        var item = PipelineMessages.TryParse<ClassifyWorkItem>(message);
        if (item is null || !DocumentId.IsValid(item.DocumentId))
        {
            logger.LogError("A classification message failed on every attempt and names no document: {Message}", UploadNames.ForLog(message));
            return StepOutcome.Failed;
        }

        // Only an item the document was split into speaks for it: another message (put in the queue by hand) would fail a
        // document whose every real item may yet succeed.
        if (await documents.GetAsync(item.DocumentId, cancellationToken) is not { } document ||
            !workQueue.Holds(item, document.ParagraphCount, document.WorkItemCount))
        {
            logger.LogError("A classification message failed on every attempt and names no work item of a document: {Message}", UploadNames.ForLog(message));
            return StepOutcome.Failed;
        }

        var last = item.First + item.Count;
        await failures.MarkFailedAsync(
            item.DocumentId,
            $"Classification of paragraphs {item.First + 1}-{last} failed repeatedly. Re-upload the document or ask an administrator to check the logs.",
            cancellationToken);
        return StepOutcome.Done;
    }

    /// <summary>
    /// The engine's blob poison message is JSON naming the container and blob
    /// (<c>{"ContainerName": "incoming", "BlobName": "2025/ITU/report.pdf", ...}</c>).
    /// </summary>
    public async Task<StepOutcome> OnBlobPoisonAsync(string message, CancellationToken cancellationToken = default)
    {
        var (container, blobName) = ParseBlobPoison(message);
        if (container != StorageNames.IncomingContainer || blobName is null)
        {
            logger.LogError("An intake blob failed on every attempt, but its poison message is not understood: {Message}", UploadNames.ForLog(message));
            return StepOutcome.Failed;
        }

        await FailIntakeBlobAsync(blobName, cancellationToken);
        return StepOutcome.Done;
    }

    /// <summary>
    /// An intake blob whose ingest failed on every attempt, whoever made them (the engine's blob trigger, or the local
    /// host's intake sweep for a blob the trigger never delivered): its document becomes <c>Failed</c>, the blob is kept.
    /// </summary>
    public async Task FailIntakeBlobAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var blob = storage.Container(StorageNames.IncomingContainer).GetBlobClient(blobName);
        if (!await blob.ExistsAsync(cancellationToken))
        {
            return;
        }

        await using var content = await blob.OpenReadAsync(cancellationToken: cancellationToken);
        var id = await DocumentId.FromStreamAsync(content, cancellationToken);
        var reason = "The document could not be processed after several attempts. The original is kept; re-upload it or ask an administrator to check the logs.";
        var path = UploadPath.Parse(blobName);
        await documents.TryAddAsync(new DocumentEntity { PartitionKey = id, BlobName = blobName, FileName = path.FileName }, cancellationToken);
        await failures.MarkFailedAsync(id, reason, cancellationToken);
    }

    private static (string? Container, string? BlobName) ParseBlobPoison(string message)
    {
        try
        {
            using var json = JsonDocument.Parse(message);
            return (Property(json.RootElement, "ContainerName"), Property(json.RootElement, "BlobName"));
        }
        catch (JsonException)
        {
            return (null, null);
        }

        static string? Property(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value.GetString() : null;
    }
}
