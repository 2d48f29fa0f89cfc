using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Serverless.Local.Hosting;

/// <summary>
/// Gives the worker's memory back once a burst of work is over: when the process has allocated under
/// <see cref="IdleMemoryOptions.QuietMegabytesPerSecond"/> on average over the last
/// <see cref="IdleMemoryOptions.AfterSeconds"/> after allocating more, it runs one aggressive, compacting full collection, which also returns the collector's free
/// regions to the operating system and trims the shared array pools. The collector alone never does this on an idle
/// process: with nothing allocating, no collection runs, and what it kept committed at the peak stays committed.
/// Once per burst, so an idle worker is not collected again and again; and again only when, still quiet, the collector's
/// committed memory has grown by <see cref="IdleMemoryOptions.RegrowthMegabytes"/> since: an idle host still allocates
/// (the engine lists the intake container about 30 times a minute, 4-15 MB a second with 2,000 blobs stored), and that
/// garbage, promoted by young collections before it died, made the working set climb back from 236 to 328 MiB within a
/// minute of the trim after a 2,000-document back-fill while 20 MiB of objects were reachable.
/// </summary>
internal sealed class IdleMemoryTrimmer(IOptions<IdleMemoryOptions> options, ILogger<IdleMemoryTrimmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.AfterSeconds == 0)
        {
            return;
        }

        // Allocations counted over the last AfterSeconds, one sample a second: the triggers' listings of the intake
        // container come in bursts (over 8 MB in a second with 2,000 blobs stored), so a single second says little.
        var quietBytes = settings.QuietMegabytesPerSecond * 1024L * 1024 * settings.AfterSeconds;
        var window = new Queue<long>();
        var busySinceLastTrim = false;
        long? committedAfterTrim = null;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            window.Enqueue(GC.GetTotalAllocatedBytes());
            if (window.Count <= settings.AfterSeconds)
            {
                continue;
            }

            var allocated = window.Last() - window.Dequeue();
            if (allocated > quietBytes)
            {
                busySinceLastTrim = true;
            }
            else if (busySinceLastTrim || Regrown(committedAfterTrim, settings))
            {
                Trim(allocated / (double)settings.AfterSeconds, busySinceLastTrim ? "after work" : "heap grown again");
                busySinceLastTrim = false;
                window.Clear();
                committedAfterTrim = GC.GetGCMemoryInfo().TotalCommittedBytes;
            }
        }
    }

    /// <summary>Whether the collector holds <see cref="IdleMemoryOptions.RegrowthMegabytes"/> more than after the last trim.</summary>
    private static bool Regrown(long? committedAfterTrim, IdleMemoryOptions settings) =>
        settings.RegrowthMegabytes > 0 && committedAfterTrim is { } after &&
        GC.GetGCMemoryInfo().TotalCommittedBytes - after > settings.RegrowthMegabytes * 1024L * 1024;

    private void Trim(double quietRate, string reason)
    {
        var before = Environment.WorkingSet;
        var clock = Stopwatch.StartNew();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        logger.LogInformation(
            "Worker idle ({Rate:0.0} MB/s allocated, {Reason}): memory given back in {Milliseconds} ms, working set {Before} -> {After} MiB.",
            quietRate / 1048576, reason, clock.ElapsedMilliseconds, before / 1048576, Environment.WorkingSet / 1048576);
    }
}
