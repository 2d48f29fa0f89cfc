using System.Collections.Concurrent;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Local.Hosting;

/// <summary>
/// A safety net for the local host only. The WebJobs engine finds new blobs by listing the container in name order and
/// keeping the newest time it saw; a blob written while a listing runs, with a name before the listing's place and an
/// older time than a blob the listing saw, is never delivered (in Azure, Event Grid delivers every blob event instead).
/// That can only happen while blobs arrive, and the later blob is then delivered: so once the blob trigger's deliveries
/// (<see cref="IntakeDeliveries"/>) have stopped for <see cref="Quiet"/> (or have gone on for <see cref="LongestBurst"/>), this lists the intake container once and runs
/// the ingest step (idempotent) for any blob written since shortly before the burst began that the trigger did not
/// deliver and no document accounts for; a blob too young to judge then, or whose ingest failed, is looked at again
/// after <see cref="Quiet"/> (up to <see cref="Resweeps"/> times), since no later delivery may come to sweep it. A blob
/// whose ingest fails <see cref="Resweeps"/> times in a row is handed to the poison handling, as the trigger's would be
/// after its attempts (<see cref="IntakeSweepAttempts"/>). Once after start, it also compares the whole container with
/// the names the documents record, since a hard stop can leave a blob whose delivery was used up but whose document was
/// never kept. Past that, a host that receives nothing lists nothing.
/// </summary>
internal sealed class IntakeSweeper(
    IntakeDeliveries deliveries,
    StorageClients storage,
    DocumentStore documents,
    IngestDocumentStep ingest,
    PoisonMessageStep poison,
    TimeProvider clock,
    ILogger<IntakeSweeper> logger) : BackgroundService
{
    /// <summary>Deliveries stopped this long: the burst is over. Blobs younger than this are the trigger's still.</summary>
    public static TimeSpan Quiet { get; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Deliveries that never stop for <see cref="Quiet"/> are swept at least this often, so that a blob the scan missed
    /// while others kept arriving waits about a minute, not until the day's last upload.
    /// </summary>
    public static TimeSpan LongestBurst { get; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long before the burst's first delivery a missed blob may have been written: the engine's scan interval and a
    /// listing that ran long on a busy machine, with room to spare.
    /// </summary>
    private static readonly TimeSpan Lookback = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The longest the look after start waits for the trigger's deliveries to pause: uploads that never stop would
    /// otherwise keep a lost one waiting for good.
    /// </summary>
    private static readonly TimeSpan StartBacklogLimit = TimeSpan.FromMinutes(10);

    /// <summary>How many more times a burst is swept while some blob stays unsettled.</summary>
    private const int Resweeps = 3;

    /// <summary>
    /// Blob versions a sweep found accounted for, with their write time: kept only while a later sweep can still look at
    /// them (written within <see cref="Lookback"/> of a burst), so a worker that runs for months does not keep one entry
    /// per blob it ever swept.
    /// </summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _accountedFor = new();

    /// <summary>
    /// As many attempts as a burst's resweeps: its first sweep may find a blob too young to judge, so each burst makes at
    /// least that many attempts at a blob it did not see delivered.
    /// </summary>
    private readonly IntakeSweepAttempts _attempts = new(Resweeps);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RunLoggingListingFailuresAsync(() => SweepAfterStartAsync(stoppingToken), stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunLoggingListingFailuresAsync(
                async () =>
                {
                    var burst = await deliveries.WaitForQuietAfterBurstAsync(Quiet, LongestBurst, Lookback, stoppingToken);
                    if (burst.HasDeliveries)
                    {
                        var since = burst.Started - Lookback;
                        await SweepUntilSettledAsync(since, burst.Delivered, recorded: null, stoppingToken);
                    }
                },
                stoppingToken);
        }
    }

    /// <summary>
    /// Once after the host starts, when the trigger's deliveries pause: the whole intake container against the names the
    /// documents record. A host that stopped hard may have used up a blob's delivery without its document being kept
    /// (locally the emulator dies with it and loses its last seconds of writes: the engine's record of the delivery can
    /// survive while the document's row does not), and then no delivery, no burst and no reconciliation would ever come
    /// for that blob. Costs one read of the documents table's two name columns and one listing per start; blobs a
    /// document names are not opened.
    /// </summary>
    private async Task SweepAfterStartAsync(CancellationToken cancellationToken)
    {
        // The trigger's deliveries go first: a backlog of uploads that arrived while no host ran is the trigger's, and
        // sweeping it alongside would read every blob twice. Only once they pause is what is left without a document lost.
        await deliveries.WaitForQuietAsync(Quiet, StartBacklogLimit, cancellationToken);
        var recorded = await documents.ListUploadNamesAsync(cancellationToken);
        await SweepUntilSettledAsync(DateTimeOffset.MinValue, deliveries.DeliveredSoFar(), recorded, cancellationToken);
    }

    /// <summary>
    /// Sweeps, then looks again while some blob is unsettled: a blob too young to judge, or whose ingest failed, may be
    /// one the trigger missed, and if no delivery follows it no later burst would sweep it (a few times at most, since
    /// uploads that never stop always leave a young blob).
    /// </summary>
    private async Task SweepUntilSettledAsync(
        DateTimeOffset since, IReadOnlySet<(string Name, Azure.ETag Version)> delivered, IReadOnlySet<string>? recorded, CancellationToken cancellationToken)
    {
        var unsettled = await SweepAsync(since, delivered, recorded, cancellationToken);
        for (var again = 0; unsettled > 0 && again < Resweeps; again++)
        {
            await Task.Delay(Quiet, clock, cancellationToken);
            unsettled = await SweepAsync(since, deliveries.DeliveredSoFar(), recorded, cancellationToken);
        }
    }

    /// <summary>A sweep that cannot list the container is logged and tried again at the next occasion; stopping ends it quietly.</summary>
    private async Task RunLoggingListingFailuresAsync(Func<Task> sweep, CancellationToken stoppingToken)
    {
        try
        {
            await sweep();
        }
        catch (Azure.RequestFailedException e)
        {
            logger.LogWarning(e, "The intake sweep could not list the container; it runs again after the next deliveries.");
        }
        catch (System.Xml.XmlException e) when (IntakeListingFailures.IsUnlistableContainer(e))
        {
            IntakeListingFailures.Log(logger, e);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>
    /// Sweeps the intake container's blobs written since <paramref name="since"/>, past those delivered, settled before or
    /// named by a document (<paramref name="recorded"/>, when known); returns how many it could not settle (too young, or
    /// failed to ingest).
    /// </summary>
    private async Task<int> SweepAsync(
        DateTimeOffset since, IReadOnlySet<(string Name, Azure.ETag Version)> delivered, IReadOnlySet<string>? recorded, CancellationToken cancellationToken)
    {
        var container = storage.Container(StorageNames.IncomingContainer);
        var unsettled = 0;
        await foreach (var item in container.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            var written = item.Properties.LastModified;
            var version = $"{item.Name}|{item.Properties.ETag}";
            if (written < since || item.Properties.ETag is not { } etag ||
                delivered.Contains((item.Name, IntakeDeliveries.Comparable(etag))) || _accountedFor.ContainsKey(version) ||
                recorded?.Contains(item.Name) == true)
            {
                continue;
            }

            if (clock.GetUtcNow() - written < Quiet)
            {
                unsettled++;
                continue;
            }

            if (await TrySettleAsync(container.GetBlobClient(item.Name), item, version, written ?? since, cancellationToken))
            {
                _accountedFor[version] = written ?? since;
            }
            else
            {
                unsettled++;
            }
        }

        // Sweeps look no further back than this one did: older entries can never be asked for again.
        foreach (var (version, written) in _accountedFor)
        {
            if (written < since)
            {
                _accountedFor.TryRemove(version, out _);
            }
        }

        _attempts.ForgetWrittenBefore(since);
        return unsettled;
    }

    /// <summary>
    /// Ingests a blob no delivery and no document accounts for; true when it is settled (ingested, found accounted for,
    /// or given up after its last attempt), false when it must be looked at again.
    /// </summary>
    private async Task<bool> TrySettleAsync(Azure.Storage.Blobs.BlobClient blob, BlobItem item, string version, DateTimeOffset written, CancellationToken cancellationToken)
    {
        try
        {
            if (await IsAccountedForAsync(blob, item, cancellationToken))
            {
                return true;
            }

            logger.LogInformation("Blob {Blob} was not picked up by the trigger; ingesting it now.", UploadNames.ForLog(item.Name));
            if (await ingest.RunAsync(blob, cancellationToken) != StepOutcome.Retry)
            {
                _attempts.Succeeded(version);
                return true;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Left to the trigger's retries and poison handling, to the reconciliation, and to the next look.
            logger.LogDebug(e, "Sweeping {Blob} failed.", UploadNames.ForLog(item.Name));
        }

        if (!_attempts.FailedAgain(version, written))
        {
            return false;
        }

        logger.LogWarning("Blob {Blob} could not be ingested at any of the intake sweep's attempts; its document is marked Failed.", UploadNames.ForLog(item.Name));
        try
        {
            await poison.FailIntakeBlobAsync(item.Name, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Marking {Blob} Failed did not succeed; the reconciliation will.", UploadNames.ForLog(item.Name));
            return false;
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
