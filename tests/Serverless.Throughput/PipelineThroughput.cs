using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Local.Hosting;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Throughput;

/// <summary>
/// Pushes documents through the local host exactly as uploads arrive (blobs dropped into the intake container,
/// then blob trigger, ingest, classification queue) and measures how many it finishes per hour on this machine.
/// The documents are the corpus (or the samples when the corpus is absent), each copy made unique by a last line.
/// </summary>
internal static class PipelineThroughput
{
    public static async Task RunAsync(string output, int copies)
    {
        var sources = SourceFiles();
        await using var platform = await LocalPlatform.StartAsync(new LocalHostOptions { Port = 0 });
        var storage = platform.Services.GetRequiredService<StorageClients>();
        var documents = platform.Services.GetRequiredService<DocumentStore>();

        var ids = new List<string>();
        var bytes = 0L;
        var clock = Stopwatch.StartNew();
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var source in sources)
            {
                var content = (await File.ReadAllBytesAsync(source)).Concat(Encoding.UTF8.GetBytes($"\n\nCopy {copy} for the throughput run.\n")).ToArray();
                await storage.Container(StorageNames.IncomingContainer).GetBlobClient($"2099/RUN/{copy}-{Path.GetFileName(source)}").UploadAsync(new BinaryData(content));
                ids.Add(DocumentId.FromContent(content));
                bytes += content.Length;
            }
        }

        var uploaded = clock.Elapsed;
        var paragraphs = 0;
        var failed = 0;
        foreach (var id in ids)
        {
            while (true)
            {
                var document = await documents.GetAsync(id);
                if (document?.StatusValue is DocumentStatus.Classified or DocumentStatus.Failed)
                {
                    paragraphs += document.ParagraphCount;
                    failed += document.StatusValue == DocumentStatus.Failed ? 1 : 0;
                    break;
                }

                await Task.Delay(100);
            }
        }

        clock.Stop();
        var seconds = clock.Elapsed.TotalSeconds;
        var report = string.Create(CultureInfo.InvariantCulture, $"""
            # Pipeline throughput: documents per hour on one machine

            Measured {DateTime.UtcNow:yyyy-MM-dd} on this machine ({Environment.ProcessorCount} cores): the local host (WebJobs SDK
            triggers, the same steps as the Functions app) against Azurite in memory, Release build. {ids.Count} documents
            ({sources.Count} sources x {copies} copies, {bytes / 1048576.0:0.0} MB, {paragraphs} paragraphs) dropped into `incoming`,
            timed until every one was `Classified` or `Failed` ({failed} failed).
            Command: `dotnet run -c Release --project tests/Serverless.Throughput -- pipeline`

            | documents | paragraphs | uploads done (s) | all classified (s) | documents/hour | paragraphs/s |
            |---:|---:|---:|---:|---:|---:|
            | {ids.Count} | {paragraphs} | {uploaded.TotalSeconds:0.0} | {seconds:0.0} | {ids.Count / seconds * 3600:0} | {paragraphs / seconds:0} |

            """);
        Console.Write(report);
        await File.WriteAllTextAsync(output, report);
    }

    private static IReadOnlyList<string> SourceFiles()
    {
        var corpus = Environment.GetEnvironmentVariable("WSIS_CORPUS") ?? Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "corpus"));
        var folder = Directory.Exists(corpus) ? corpus : Path.Combine(RepositoryPaths.Root, "samples");
        return Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray();
    }
}
