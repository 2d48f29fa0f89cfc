using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Local.Hosting;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Throughput;

/// <summary>
/// Latency through the local host once it is warm, as a person using the API sees it: one upload over HTTP until its
/// record says <c>Classified</c>, and five corpus documents uploaded at once until their year's summary is compiled
/// (the compile asked for over HTTP as soon as all five are classified, as the portal does). Every round starts after
/// the host has been idle longer than host.json's <c>maxPollingInterval</c>, so its queue listeners have backed off as
/// far as they go: the worst case for a host that polls. A first round warms the host up (JIT, caches) and is not
/// counted. Status is read every 20 ms through the host's own clients, so each time is at most that late.
/// </summary>
internal static class LatencyThroughput
{
    private static readonly TimeSpan StatusPoll = TimeSpan.FromMilliseconds(20);

    public static async Task RunAsync(string output, int rounds)
    {
        var sources = SourceFiles();
        await using var platform = await LocalPlatform.StartAsync(new LocalHostOptions { Port = 0 });
        using var http = new HttpClient { BaseAddress = platform.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var documents = platform.Services.GetRequiredService<DocumentStore>();
        var summaries = platform.Services.GetRequiredService<SummaryStore>();
        var idle = platform.Services.GetRequiredService<HostJsonSettings>().MaxPollingInterval + TimeSpan.FromSeconds(2);

        await UploadToClassifiedAsync(http, documents, sources[0], 2080);
        await FiveToSummaryAsync(http, documents, summaries, sources, 2081);

        var singles = new List<double>();
        var fives = new List<(double Classified, double Summary)>();
        for (var round = 0; round < rounds; round++)
        {
            await Task.Delay(idle);
            singles.Add(await UploadToClassifiedAsync(http, documents, sources[round % sources.Count], 2082));
            Console.WriteLine($"round {round + 1}: one upload to Classified {singles[^1]:0.000} s");
            await Task.Delay(idle);
            fives.Add(await FiveToSummaryAsync(http, documents, summaries, sources, 2083 + round));
            Console.WriteLine($"round {round + 1}: five documents classified {fives[^1].Classified:0.000} s, summary compiled {fives[^1].Summary:0.000} s");
        }

        var rows = new StringBuilder();
        for (var round = 0; round < rounds; round++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"| {round + 1} | {singles[round]:0.000} | {fives[round].Classified:0.000} | {fives[round].Summary:0.000} |\n");
        }

        var report = string.Create(CultureInfo.InvariantCulture, $"""
            # Latency: an upload to `Classified`, five documents to their compiled summary (warm local host)

            Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on this machine ({Environment.ProcessorCount} cores, shared with other builds; load
            average at the end {LoadAverage()}): the local host in this process (Release build) against Azurite in memory,
            over real HTTP. Documents: the corpus's {sources.Count} files ({Path.GetFileName(Path.GetDirectoryName(sources[0]))}), each upload made unique by a last line.
            Each round starts after {idle.TotalSeconds:0} s idle (host.json's `maxPollingInterval` plus 2 s: every queue listener
            backed off to its longest wait); a first round warmed the host up and is not counted. Times run from the first
            byte of the upload to the status read (every {StatusPoll.TotalMilliseconds:0} ms) that shows it.
            Command: `dotnet run -c Release --project tests/Serverless.Throughput -- latency --rounds {rounds}`

            | round | one upload to `Classified` (s) | five uploads to all `Classified` (s) | five uploads to the compiled summary (s) |
            |---:|---:|---:|---:|
            {rows}
            - One upload to `Classified`: median {Median(singles):0.000} s, slowest {singles.Max():0.000} s (target: under 1 s).
            - Five documents to the compiled summary: median {Median(fives.Select(f => f.Summary)):0.000} s, slowest {fives.Max(f => f.Summary):0.000} s (target: under 3 s).

            """);
        Console.Write(report);
        await File.WriteAllTextAsync(output, report);
    }

    private static async Task<double> UploadToClassifiedAsync(HttpClient http, DocumentStore documents, string source, int year)
    {
        var content = Unique(source);
        var clock = Stopwatch.StartNew();
        var id = await UploadAsync(http, source, content, year);
        await WaitClassifiedAsync(documents, id);
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<(double Classified, double Summary)> FiveToSummaryAsync(
        HttpClient http, DocumentStore documents, SummaryStore summaries, IReadOnlyList<string> sources, int year)
    {
        var contents = sources.Take(5).Select(s => (Source: s, Content: Unique(s))).ToArray();
        var clock = Stopwatch.StartNew();
        var ids = await Task.WhenAll(contents.Select(c => UploadAsync(http, c.Source, c.Content, year)));
        await Task.WhenAll(ids.Select(id => WaitClassifiedAsync(documents, id)));
        var classified = clock.Elapsed.TotalSeconds;
        using (var compile = await http.PostAsync($"api/summaries/{year}/compile", content: null))
        {
            compile.EnsureSuccessStatusCode();
        }

        while ((await summaries.ReadAsync(year))?.Totals.Documents != ids.Length)
        {
            await Task.Delay(StatusPoll);
        }

        return (classified, clock.Elapsed.TotalSeconds);
    }

    private static async Task<string> UploadAsync(HttpClient http, string source, byte[] content, int year)
    {
        using var response = await http.PostAsync(
            $"api/documents?name={Uri.EscapeDataString(Path.GetFileName(source))}&year={year}&entity=ITU", new ByteArrayContent(content));
        response.EnsureSuccessStatusCode();
        return DocumentId.FromContent(content);
    }

    private static async Task WaitClassifiedAsync(DocumentStore documents, string id)
    {
        for (var deadline = Stopwatch.StartNew(); deadline.Elapsed < TimeSpan.FromMinutes(2); await Task.Delay(StatusPoll))
        {
            var document = await documents.GetAsync(id);
            if (document?.StatusValue == DocumentStatus.Classified)
            {
                return;
            }

            if (document?.StatusValue == DocumentStatus.Failed)
            {
                throw new InvalidOperationException($"Document {id} failed: {document.FailureReason}");
            }
        }

        throw new TimeoutException($"Document {id} was not classified within two minutes.");
    }

    private static byte[] Unique(string source) =>
        [.. File.ReadAllBytes(source), .. Encoding.UTF8.GetBytes($"\n\nLatency run {Guid.NewGuid():N}.\n")];

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static IReadOnlyList<string> SourceFiles()
    {
        var corpus = Environment.GetEnvironmentVariable("WSIS_CORPUS") ?? Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "corpus"));
        var folder = Directory.Exists(corpus) ? corpus : Path.Combine(RepositoryPaths.Root, "samples");
        return Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray();
    }
}
