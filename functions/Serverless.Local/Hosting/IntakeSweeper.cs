using System.Collections.Concurrent;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Local.Hosting;

/// <summary>
/// A safety net for the local host only. The WebJobs engine finds new blobs by scanning the container, and on a
/// busy machine a blob has been seen to go unnoticed; in Azure, Event Grid delivers every blob event instead.
/// Every <see cref="Interval"/> this sweeps the intake container and runs the ingest step (which is idempotent) for
/// any settled blob that no document accounts for yet. Each blob version is checked once per process.
/// </summary>
internal sealed class IntakeSweeper(
    StorageClients storage,
    DocumentStore documents,
    IngestDocumentStep ingest,
    TimeProvider clock,
    ILogger<IntakeSweeper> logger) : BackgroundService
{
    public static TimeSpan Interval { get; } = TimeSpan.FromSeconds(20);

    /// <summary>Blobs younger than this are left to the trigger.</summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<string, bool> _accountedFor = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Azure.RequestFailedException e)
            {
                logger.LogWarning(e, "The intake sweep could not list the container; it runs again in {Interval}.", Interval);
            }
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var container = storage.Container(StorageNames.IncomingContainer);
        await foreach (var item in container.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            var version = $"{item.Name}|{item.Properties.ETag}";
            if (_accountedFor.ContainsKey(version) || clock.GetUtcNow() - item.Properties.LastModified < SettleTime)
            {
                continue;
            }

            var blob = container.GetBlobClient(item.Name);
            try
            {
                if (!await IsAccountedForAsync(blob, item, cancellationToken))
                {
                    logger.LogInformation("Blob {Blob} was not picked up by the trigger; ingesting it now.", UploadNames.ForLog(item.Name));
                    await ingest.RunAsync(blob, cancellationToken);
                }

                _accountedFor[version] = true;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Left to the trigger's retries and poison handling; looked at again on the next sweep.
                logger.LogDebug(e, "Sweeping {Blob} failed.", UploadNames.ForLog(item.Name));
            }
        }
    }

    private async Task<bool> IsAccountedForAsync(Azure.Storage.Blobs.BlobClient blob, BlobItem item, CancellationToken cancellationToken)
    {
        await using var content = await blob.OpenReadAsync(cancellationToken: cancellationToken);
        var document = await documents.GetAsync(await DocumentId.FromStreamAsync(content, cancellationToken), cancellationToken);
        return document is not null && document.StatusValue != DocumentStatus.Received &&
               (document.BlobName == item.Name || document.GetOtherBlobNames().Contains(item.Name));
    }
}
