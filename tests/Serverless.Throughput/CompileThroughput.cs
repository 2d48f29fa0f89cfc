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

namespace Serverless.Throughput;

/// <summary>
/// Seeds one year per size (documents x 200 paragraphs, labelled like real output) and times the compile:
/// paged reads, aggregation, rendering of the draft in 3 formats x 2 languages, batched versioned writes.
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
            .AppendLine($"Measured {DateTime.UtcNow:yyyy-MM-dd} on this machine ({Environment.ProcessorCount} cores), Azurite {nameof(AzuriteServer)} in memory, Release build.")
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
                    Text = $"Paragraph {i} of contribution {d}: the entity supported broadband, digital skills and e-government services in Africa and Europe. " +
                           new string('x', random.Next(100, 600)),
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
                ParagraphCount = paragraphsPerDocument,
            });
        }
    }
}
