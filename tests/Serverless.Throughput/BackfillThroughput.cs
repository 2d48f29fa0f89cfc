using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Local.Hosting;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Throughput;

/// <summary>
/// A back-fill through the local host: documents of realistic sizes and every format (<see cref="BackfillDocuments"/>)
/// dropped into the intake container in batches, each batch timed until all its documents are final. Per batch:
/// documents per minute, the storage requests Azurite served (its <c>--debug</c> log) per document, and the worker's
/// memory (this process runs the host). The worker's memory is taken again after an idle pause once the first batch
/// has warmed it up, and after the last batch: a worker that keeps what it took at its peak, or a pipeline that slows
/// as the store grows, shows here.
/// </summary>
internal static class BackfillThroughput
{
    public static async Task RunAsync(string output, int total, int batchSize, int idleSeconds)
    {
        var generator = BackfillDocuments.Load();
        var work = Directory.CreateTempSubdirectory("wsis-backfill-");
        var log = Path.Combine(work.FullName, "azurite-debug.log");
        try
        {
            await using var platform = await LocalPlatform.StartAsync(new LocalHostOptions { Port = 0, Azurite = new AzuriteOptions { DebugLogPath = log } });
            var intake = platform.Services.GetRequiredService<StorageClients>().Container(StorageNames.IncomingContainer);
            var documents = platform.Services.GetRequiredService<DocumentStore>();
            var requests = new AzuriteRequestLog(log);

            // Requests until now: a request of our own marks the point in Azurite's log, which is written behind.
            async Task<RequestCounts> CountRequestsAsync()
            {
                var marker = $"backfill-mark-{Guid.NewGuid():N}";
                await intake.GetBlobClient(marker).ExistsAsync();
                return await requests.CountUntilAsync(marker, TimeSpan.FromMinutes(5));
            }

            var rows = new StringBuilder();
            var rates = new List<double>();
            var mostAsked = new StringBuilder();
            WorkerMemory? warmed = null;
            IdlePause? warmedPause = null;
            var started = WorkerMemory.Now();
            var totals = (Documents: 0, Paragraphs: 0, Failed: 0, Bytes: 0L);

            for (var first = 0; first < total; first += batchSize)
            {
                var numbers = Enumerable.Range(first, Math.Min(batchSize, total - first)).ToArray();

                // Written to disk before the clock starts, so the rate is the platform's and the bytes are not held here.
                var files = new List<(string BlobName, string Path)>();
                foreach (var number in numbers)
                {
                    files.Add(await generator.WriteAsync(number, work.FullName));
                }

                await CountRequestsAsync();
                var clock = Stopwatch.StartNew();
                var ids = new List<string>();
                var bytes = 0L;
                foreach (var (blobName, path) in files)
                {
                    var content = BinaryData.FromBytes(await File.ReadAllBytesAsync(path));
                    ids.Add(DocumentId.FromContent(content.ToArray()));
                    bytes += content.ToMemory().Length;
                    await intake.GetBlobClient(blobName).UploadAsync(content);
                    File.Delete(path);
                }

                var (paragraphs, failed, reads) = await WaitAllFinalAsync(documents, ids);
                clock.Stop();

                // The harness's own requests (one upload per document, its status reads) are not the platform's.
                var served = await CountRequestsAsync();
                var platformRequests = served.Total - ids.Count - reads;
                var rate = ids.Count / clock.Elapsed.TotalMinutes;
                rates.Add(rate);
                var memory = WorkerMemory.Now();
                totals = (totals.Documents + ids.Count, totals.Paragraphs + paragraphs, totals.Failed + failed, totals.Bytes + bytes);
                rows.Append(CultureInfo.InvariantCulture,
                    $"| {first + 1}-{first + ids.Count} | {bytes / 1048576.0:0.0} | {paragraphs} | {failed} | {clock.Elapsed.TotalSeconds:0.0} | {rate:0.0} | {platformRequests / (double)ids.Count:0.0} | {served.Blob}/{served.Queue}/{served.Table - reads} | {served.Listings} | {memory} | {LoadAverage()} |\n");
                Console.WriteLine($"documents {first + 1}-{first + ids.Count}: {rate:0.0}/min, {platformRequests / (double)ids.Count:0.0} requests/document, {memory}; most asked: {served.Top}");
                mostAsked.Append(CultureInfo.InvariantCulture, $"| {first + 1}-{first + ids.Count} | {served.Top} |\n");

                if (warmed is null)
                {
                    // Memory first: counting the requests parses Azurite's log here, which is the harness's memory, not the worker's.
                    warmedPause = await IdlePause.WaitAsync(idleSeconds);
                    warmed = WorkerMemory.Now();
                    await CountRequestsAsync();
                    Console.WriteLine($"warmed up, after {idleSeconds} s idle: {warmed}; {warmedPause}");
                }
            }

            await CountRequestsAsync();
            var end = WorkerMemory.Now();
            var restedPause = await IdlePause.WaitAsync(idleSeconds);
            var rested = WorkerMemory.Now();
            var idle = await CountRequestsAsync();
            Console.WriteLine($"after the run, {idleSeconds} s idle: {rested}; {restedPause}");

            var lastToFirst = rates[^1] / rates[0];
            var memoryRatio = rested.WorkingSet / (double)warmed!.WorkingSet;
            var report = string.Create(CultureInfo.InvariantCulture, $"""
                # Back-fill: {total} documents through the local host, in batches of {batchSize}

                Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on this machine ({Environment.ProcessorCount} cores, shared with other builds: the
                load average is beside each batch): the local host in this process (WebJobs SDK triggers, the same steps as the
                Functions app, Release build) against Azurite in memory started by the harness with `--debug`. Documents generated at
                run time from {generator.Source}: a few to 40 pages of 3,000 characters (most short), in turn PDF (PdfPig, embedded
                DejaVu fonts, a running header), DOCX, HTML, Markdown and text, years 2006-2025, five entities. Each batch is written
                to disk first, then dropped into `incoming` and timed until every document is `Classified` or `Failed`.
                Command: `dotnet run -c Release --project tests/Serverless.Throughput -- backfill --documents {total} --batch {batchSize}`

                Storage requests are Azurite's, counted from its debug log, less the harness's own (one upload per document and
                its status reads): they include the triggers' queue polling and blob scans while the batch runs. "Listings"
                counts blob container listings and table queries that name no single entity, the requests whose cost can grow
                with what is stored. Memory is this process's: working set, the GC heap after the last collection (which may be
                a young collection that left older garbage in place), the memory the GC keeps committed, and the heap after the
                last full blocking collection (the worker's idle trim, compacting), which is what was still reachable then.

                | documents | MB | paragraphs | failed | seconds | documents/min | storage requests/document | blob/queue/table | listings | worker memory after the batch | load average |
                |---|---:|---:|---:|---:|---:|---:|---|---:|---|---|
                {rows}
                - Last batch against the first: {lastToFirst:P0} of its rate ({(lastToFirst >= 0.8 ? "not slower by more than 20 %" : "slower by more than 20 %")}; the first batch also pays the JIT's warm-up).
                - Worker before the first document: {started}.
                - Warmed up (after the first batch and {idleSeconds} s idle): {warmed}; {warmedPause}.
                - Right after the last batch: {end}.
                - After the run and {idleSeconds} s idle: {rested}: {memoryRatio:P0} of the warmed-up working set ({(Math.Abs(1 - memoryRatio) <= 0.2 ? "within" : "not within")} 20 %); {restedPause}.
                  Azurite served {idle.Total} requests in those {idleSeconds} s of idle ({idle.Blob}/{idle.Queue}/{idle.Table} blob/queue/table; most asked: {idle.Top}).
                - In all: {totals.Documents} documents, {totals.Bytes / 1048576.0:0.0} MB, {totals.Paragraphs} paragraphs, {totals.Failed} failed.

                The requests asked most in each batch (the harness's own included):

                | documents | method, service, resource: requests |
                |---|---|
                {mostAsked}
                """);
            Console.Write(report);
            await File.WriteAllTextAsync(output, report);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Waits until every document is final, in upload order; returns its totals and the status reads it made.</summary>
    private static async Task<(int Paragraphs, int Failed, int Reads)> WaitAllFinalAsync(DocumentStore documents, IEnumerable<string> ids)
    {
        int paragraphs = 0, failed = 0, reads = 0;
        foreach (var id in ids)
        {
            while (true)
            {
                var document = await documents.GetAsync(id);
                reads++;
                if (document?.StatusValue is DocumentStatus.Classified or DocumentStatus.Failed)
                {
                    paragraphs += document.ParagraphCount;
                    failed += document.StatusValue == DocumentStatus.Failed ? 1 : 0;
                    break;
                }

                await Task.Delay(250);
            }
        }

        return (paragraphs, failed, reads);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>This process's memory as the operating system and the GC see it, in MiB.</summary>
    private sealed record WorkerMemory(long WorkingSet, long GcHeap, long GcCommitted, long HeapAfterFullCollection)
    {
        public static WorkerMemory Now()
        {
            using var process = Process.GetCurrentProcess();
            var info = GC.GetGCMemoryInfo();
            return new(process.WorkingSet64, info.HeapSizeBytes, info.TotalCommittedBytes, GC.GetGCMemoryInfo(GCKind.FullBlocking).HeapSizeBytes);
        }

        public override string ToString() =>
            $"working set {WorkingSet / 1048576} MiB (outside the GC's {(WorkingSet - GcCommitted) / 1048576}), GC heap {GcHeap / 1048576} MiB, GC committed {GcCommitted / 1048576} MiB, " +
            $"heap after the last full collection {HeapAfterFullCollection / 1048576} MiB";
    }

    /// <summary>
    /// An idle pause, with the working set read every 5 s in its second half (the first holds the batch's peak and the
    /// worker's trim): a single reading at its end could fall on a low or a high point between two collections, so the
    /// report gives the range too.
    /// </summary>
    private sealed record IdlePause(long Lowest, long Highest)
    {
        public static async Task<IdlePause> WaitAsync(int seconds)
        {
            long lowest = long.MaxValue, highest = 0;
            var clock = Stopwatch.StartNew();
            while (true)
            {
                if (clock.Elapsed.TotalSeconds >= seconds / 2.0)
                {
                    using var process = Process.GetCurrentProcess();
                    lowest = Math.Min(lowest, process.WorkingSet64);
                    highest = Math.Max(highest, process.WorkingSet64);
                }

                var left = TimeSpan.FromSeconds(seconds) - clock.Elapsed;
                if (left <= TimeSpan.Zero)
                {
                    return new(lowest, highest);
                }

                await Task.Delay(left < TimeSpan.FromSeconds(5) ? left : TimeSpan.FromSeconds(5));
            }
        }

        public override string ToString() => $"working set in the pause's second half {Lowest / 1048576}-{Highest / 1048576} MiB (read every 5 s)";
    }
}
