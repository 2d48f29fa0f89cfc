using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Local.Hosting;

/// <summary>
/// Ingests an upload the moment the API has stored it, instead of when the engine's scan of the intake container finds it
/// (seconds later, and sometimes never: <see cref="IntakeSweeper"/>). A run that asks to be retried, or throws, is left to the blob trigger, which retries and hands poison
/// to the poison handler as usual; blobs written straight into storage are the trigger's alone.
/// </summary>
internal sealed class UploadHandOver(
    HandedOverUploads uploads, StorageClients storage, IngestDocumentStep ingest, HostJsonSettings host, ILogger<UploadHandOver> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // As many at once as the blob trigger runs (host.json's blobs.maxDegreeOfParallelism): ingest holds whole uploads.
            await Parallel.ForEachAsync(
                uploads.Waiting.ReadAllAsync(stoppingToken),
                new ParallelOptions { MaxDegreeOfParallelism = host.MaxDegreeOfParallelism, CancellationToken = stoppingToken },
                async (upload, cancellationToken) => uploads.Ended(upload, await IngestAsync(upload.Name, cancellationToken)));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what was not ingested here is the trigger's, after a restart.
        }
        finally
        {
            uploads.AbandonRest();
        }
    }

    private async Task<bool> IngestAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            var blob = storage.Container(StorageNames.IncomingContainer).GetBlobClient(blobName);
            return await ingest.RunAsync(blob, cancellationToken) != StepOutcome.Retry;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Ingesting upload {Blob} at once failed; the blob trigger takes it over.", UploadNames.ForLog(blobName));
            return false;
        }
    }
}
