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
/// Once per burst, so an idle worker is not collected again and again.
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
            else if (busySinceLastTrim)
            {
                Trim(allocated / (double)settings.AfterSeconds);
                busySinceLastTrim = false;
                window.Clear();
            }
        }
    }

    private void Trim(double quietRate)
    {
        var before = Environment.WorkingSet;
        var clock = Stopwatch.StartNew();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        logger.LogInformation(
            "Worker idle ({Rate:0.0} MB/s allocated): memory given back in {Milliseconds} ms, working set {Before} -> {After} MiB.",
            quietRate / 1048576, clock.ElapsedMilliseconds, before / 1048576, Environment.WorkingSet / 1048576);
    }
}
