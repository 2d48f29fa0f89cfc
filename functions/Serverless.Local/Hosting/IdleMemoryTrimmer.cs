using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Serverless.Local.Hosting;

/// <summary>
/// Gives the worker's memory back once a burst of work is over: when the process has allocated under
/// <see cref="IdleMemoryOptions.QuietMegabytesPerSecond"/> for <see cref="IdleMemoryOptions.AfterSeconds"/> after
/// allocating more, it runs one aggressive, compacting full collection, which also returns the collector's free
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

        var quietBytes = settings.QuietMegabytesPerSecond * 1024L * 1024;
        var quiet = Stopwatch.StartNew();
        var busySinceLastTrim = false;
        var last = GC.GetTotalAllocatedBytes();
        var quietFrom = last;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = GC.GetTotalAllocatedBytes();
            var second = now - last;
            last = now;
            if (second > quietBytes)
            {
                busySinceLastTrim = true;
                quiet.Restart();
                quietFrom = now;
            }
            else if (busySinceLastTrim && quiet.Elapsed.TotalSeconds >= settings.AfterSeconds)
            {
                Trim((now - quietFrom) / quiet.Elapsed.TotalSeconds);
                busySinceLastTrim = false;
                last = GC.GetTotalAllocatedBytes();
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
