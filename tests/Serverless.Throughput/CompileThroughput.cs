using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Local.Hosting;
using Serverless.Shared;
using Serverless.Shared.Classification;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;
using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Report;

namespace Serverless.Throughput;

/// <summary>
/// Seeds one year per size (documents x 200 paragraphs, labelled like real output) and times the compile:
/// paged reads, aggregation and synthesis, rendering of the draft in 3 formats x 2 languages, batched versioned writes.
/// Then the same years in memory, without storage: the compiler and the draft builder alone, with the bytes they
/// allocate per paragraph (flat when the work is linear).
/// </summary>
internal static class CompileThroughput
{
    public static async Task RunAsync(string output)
    {
        int[] documentCounts = [12, 25, 50, 100];
        const int ParagraphsPerDocument = 200;

        await using var azurite = await AzuriteServer.StartAsync(new AzuriteOptions());
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageNames.ConnectionSetting] = azurite.ConnectionString })
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddIngestionPipeline().BuildServiceProvider();
        await services.GetRequiredService<StorageClients>().EnsureCreatedAsync();
        var taxonomy = services.GetRequiredService<Taxonomy>();
        var compile = services.GetRequiredService<CompileSummaryStep>();

        var report = new StringBuilder()
            .AppendLine("# Yearly compile: time against the year's size")
            .AppendLine()
            .AppendLine($"Measured {DateTime.UtcNow:yyyy-MM-dd} on this machine ({Environment.ProcessorCount} cores, load average at start {LoadAverage()}), Azurite {nameof(AzuriteServer)} in memory, Release build.")
            .AppendLine("Each year: N classified documents of 200 paragraphs with labels, bodies and evidence like the classifier's; the compile reads")
            .AppendLine("them page by page, aggregates, renders the draft in 3 formats x 2 languages and writes the versioned rows in batches.")
            .AppendLine("Command: `dotnet run -c Release --project tests/Serverless.Throughput -- compile`")
            .AppendLine()
            .AppendLine("| documents | paragraphs | seed (s) | first compile (s) | recompile, unchanged (s) | paragraphs/s | peak working set (MB) |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|");

        var year = 2150;
        foreach (var documents in documentCounts)
        {
            year++;
            var seed = Stopwatch.StartNew();
            await SeedAsync(services, taxonomy, year, documents, ParagraphsPerDocument);
            seed.Stop();

            var first = Stopwatch.StartNew();
            await compile.CompileAsync(year);
            first.Stop();
            var again = Stopwatch.StartNew();
            await compile.CompileAsync(year);
            again.Stop();

            var paragraphs = documents * ParagraphsPerDocument;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
            var line = string.Create(CultureInfo.InvariantCulture,
                $"| {documents} | {paragraphs} | {seed.Elapsed.TotalSeconds:0.0} | {first.Elapsed.TotalSeconds:0.00} | {again.Elapsed.TotalSeconds:0.00} | {paragraphs / first.Elapsed.TotalSeconds:0} | {peak:0} |");
            Console.WriteLine(line);
            report.AppendLine(line);
        }

        report.AppendLine()
            .AppendLine("In memory, the same years without storage: `SummaryCompiler.Compile` (aggregation, statements, near-duplicates) and")
            .AppendLine("`DraftReportBuilder.Build` in both languages, best of 3 runs; bytes allocated by the thread per paragraph.")
            .AppendLine()
            .AppendLine("| documents | paragraphs | compile + drafts (s) | paragraphs/s | allocated per paragraph (KB) |")
            .AppendLine("|---:|---:|---:|---:|---:|");
        var compiler = services.GetRequiredService<SummaryCompiler>();
        var builder = services.GetRequiredService<DraftReportBuilder>();
        foreach (var documents in documentCounts)
        {
            var inputs = Enumerable.Range(0, documents).Select(d => InMemoryDocument(taxonomy, 3000 + documents, d, ParagraphsPerDocument)).ToArray();
            var best = TimeSpan.MaxValue;
            long allocated = 0;
            for (var run = 0; run < 3; run++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                var summary = compiler.Compile(2025, inputs, null, DateTimeOffset.UnixEpoch);
                builder.Build(summary, "fr");
                builder.Build(summary, "en");
                watch.Stop();
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                best = watch.Elapsed < best ? watch.Elapsed : best;
            }

            var paragraphs = documents * ParagraphsPerDocument;
            var line = string.Create(CultureInfo.InvariantCulture,
                $"| {documents} | {paragraphs} | {best.TotalSeconds:0.00} | {paragraphs / best.TotalSeconds:0} | {allocated / 1024.0 / paragraphs:0.0} |");
            Console.WriteLine(line);
            report.AppendLine(line);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, report.ToString());
        Console.WriteLine($"Report written to {output}");
    }

    private static async Task SeedAsync(IServiceProvider services, Taxonomy taxonomy, int year, int documents, int paragraphsPerDocument)
    {
        var random = new Random(year);
        var codes = taxonomy.ActionLines.Select(a => a.Code).ToArray();
        var bodies = taxonomy.Bodies.Select(b => b.Id).ToArray();
        var store = services.GetRequiredService<ParagraphStore>();
        var table = services.GetRequiredService<StorageClients>().Table(StorageNames.DocumentsTable);
        for (var d = 0; d < documents; d++)
        {
            var id = DocumentId.FromContent(Encoding.UTF8.GetBytes($"{year}-{d}"));
            var rows = Enumerable.Range(0, paragraphsPerDocument).Select(i =>
            {
                var labels = random.NextDouble() < 0.7 ? new[] { codes[random.Next(codes.Length)] } : [];
                return new ParagraphEntity
                {
                    PartitionKey = id,
                    RowKey = ParagraphEntity.RowKeyFor(i),
                    Index = i,
                    Number = (i + 1).ToString(CultureInfo.InvariantCulture),
                    Kind = i % 20 == 0 ? "heading" : "paragraph",
                    Text = TextOf(random, d, i),
                    ActionLines = string.Join(',', labels),
                    ActionLineEvidence = JsonSerializer.Serialize(labels.Select(c => new ActionLineLabel(c, 2, ["broadband", "digital skills"])), ApiJson.Options),
                    RequestingBodies = random.NextDouble() < 0.2 ? bodies[random.Next(bodies.Length)] : "",
                    Addressees = "",
                    ClassifiedAt = DateTimeOffset.UtcNow,
                };
            });
            await store.WriteAsync(rows);
            await table.UpsertEntityAsync(new DocumentEntity
            {
                PartitionKey = id,
                FileName = $"contribution-{d}.md",
                BlobName = $"{year}/ENTITY{d % 30}/contribution-{d}.md",
                Status = nameof(DocumentStatus.Classified),
                Year = year,
                Entity = $"ENTITY{d % 30}",
                Language = d % 3 == 0 ? "en" : "fr",
                Kind = "contribution",
                ParagraphCount = paragraphsPerDocument,
            });
        }
    }

    /// <summary>The machine is shared: the 1-minute load average says how much else ran beside the measurement.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static readonly string[] Places = ["Africa", "Europe", "Dakar", "Nairobi", "Bangkok", "Lima", "Geneva", "Fiji"];
    private static readonly string[] Works = ["toolkit", "report", "programme", "platform", "guidelines", "academy"];

    /// <summary>
    /// A contribution's paragraph: an activity with figures, places and a named work, different from one paragraph to
    /// the next (so near-duplicate removal and ranking do their real work), some long enough to be cut into sentences.
    /// </summary>
    private static string TextOf(Random random, int document, int index) =>
        $"In {2000 + index % 25} the entity trained {random.Next(10, 5000)} officials from {random.Next(2, 60)} countries in " +
        $"{Places[random.Next(Places.Length)]} and published a {Works[random.Next(Works.Length)]} on item {document}-{index}. " +
        string.Join(" ", Enumerable.Range(0, random.Next(0, 6)).Select(k =>
            $"It also connected {random.Next(5, 900)} schools in {Places[random.Next(Places.Length)]} under project {document}.{index}.{k} with partner {random.Next(1000)}."));

    private static SummaryDocument InMemoryDocument(Taxonomy taxonomy, int seed, int document, int paragraphs)
    {
        var random = new Random(seed * 1000 + document);
        var codes = taxonomy.ActionLines.Select(a => a.Code).ToArray();
        var bodies = taxonomy.Bodies.Select(b => b.Id).ToArray();
        var rows = Enumerable.Range(0, paragraphs).Select(i =>
        {
            string[] labels = random.NextDouble() < 0.7 ? [codes[random.Next(codes.Length)]] : [];
            return new SummaryParagraph(i, (i + 1).ToString(CultureInfo.InvariantCulture), i % 20 == 0 ? "heading" : "paragraph", TextOf(random, document, i),
                labels, 2, ["broadband", "digital skills"], random.NextDouble() < 0.2 ? [bodies[random.Next(bodies.Length)]] : [], []);
        }).ToArray();
        return new SummaryDocument(DocumentId.FromContent(Encoding.UTF8.GetBytes($"{seed}-{document}")), $"contribution-{document}.md", $"ENTITY{document % 30}",
            document % 3 == 0 ? "en" : "fr", null, rows, Kind: "contribution");
    }
}
