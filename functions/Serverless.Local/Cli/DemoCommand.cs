using System.CommandLine;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Local.Hosting;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Classification;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;

namespace Serverless.Local.Cli;

/// <summary>
/// <c>./wsis demo [FOLDER...] [--once]</c>: starts everything, uploads <c>samples/</c> and the folders given,
/// follows them to <c>Classified</c>, compiles each year present and prints its table.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var folders = new Argument<DirectoryInfo[]>("folders") { Description = "Folders to upload besides samples/.", Arity = ArgumentArity.ZeroOrMore };
        var once = new Option<bool>("--once") { Description = "Exit after printing the summary instead of serving until Ctrl-C." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for every document to finish.", DefaultValueFactory = _ => 600 };
        var port = PortOption.Create();
        var command = new Command("demo", "Upload sample documents, classify them, compile and print the yearly summary, then serve the API.")
        {
            folders, once, timeout, port,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var given = parseResult.GetValue(folders) ?? [];
            if (given.FirstOrDefault(f => !f.Exists) is { } missing)
            {
                return CliErrors.Fail(File.Exists(missing.FullName)
                    ? $"{missing} is a file; give the folder that holds it."
                    : $"There is no folder {missing.FullName}.");
            }

            var files = FilesToUpload(given);
            if (files.Count == 0)
            {
                return CliErrors.Fail("Nothing to upload: samples/ and the folders given hold no files.");
            }

            var requestedPort = parseResult.GetValue(port);
            var httpPort = FreePorts.IsFree(requestedPort) ? requestedPort : FreePorts.Next();
            Console.WriteLine($"Starting Azurite (in memory) and the local host for {files.Count} files...");
            await using var platform = await LocalPlatform.StartAsync(new LocalHostOptions { Port = httpPort }, cancellationToken);
            using var http = new HttpClient { BaseAddress = platform.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };

            var ids = new List<string>();
            foreach (var (path, relative) in files)
            {
                ids.Add(await UploadAsync(http, path, relative, cancellationToken));
            }

            var documents = await DemoProgress.WaitAsync(http, ids.Distinct().ToArray(), TimeSpan.FromSeconds(parseResult.GetValue(timeout)), cancellationToken);
            if (documents is null)
            {
                Console.Error.WriteLine("Gave up waiting: some documents were still being processed.");
                return 1;
            }

            var compiler = platform.Services.GetRequiredService<CompileSummaryStep>();
            foreach (var year in documents.Where(d => d.Year is not null).Select(d => d.Year!.Value).Distinct().Order())
            {
                SummaryTable.Print(await compiler.CompileAsync(year, cancellationToken), platform.Services.GetRequiredService<Taxonomy>().Version, Console.Out);
            }

            var failed = documents.Where(d => d.Status == DocumentStatus.Failed).ToArray();
            foreach (var document in failed)
            {
                Console.WriteLine($"\n  Failed: {document.FileName}: {document.FailureReason}");
            }

            var api = new Uri(platform.BaseAddress, "api/");
            Console.WriteLine($"\nAPI: {api}  (documents: {api}documents, summaries: {api}summaries/{{year}})");
            if (!parseResult.GetValue(once))
            {
                Console.WriteLine("Serving until Ctrl-C.");
                try
                {
                    await platform.WaitForShutdownAsync(cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl-C.
                }
            }

            return failed.Length == 0 ? 0 : 1;
        });
        return command;
    }

    private static List<(string Path, string Relative)> FilesToUpload(IEnumerable<DirectoryInfo> extra)
    {
        var folders = new[] { new DirectoryInfo(Path.Combine(RepositoryPaths.Root, "samples")) }.Concat(extra);
        var files = new List<(string, string)>();
        foreach (var folder in folders.Where(f => f.Exists).DistinctBy(f => f.FullName.TrimEnd('/')))
        {
            files.AddRange(folder.EnumerateFiles("*", SearchOption.AllDirectories)
                .Where(f => !f.Name.StartsWith('.') && !f.Name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => f.FullName, StringComparer.Ordinal)
                .Select(f => (f.FullName, Path.GetRelativePath(folder.FullName, f.FullName).Replace('\\', '/'))));
        }

        return files;
    }

    private static async Task<string> UploadAsync(HttpClient http, string path, string relative, CancellationToken cancellationToken)
    {
        var target = UploadPath.Parse(relative);
        var query = $"api/documents?name={Uri.EscapeDataString(target.FileName)}" +
                    (target.Year is { } y ? $"&year={y}" : "") +
                    (target.Entity is { } e ? $"&entity={Uri.EscapeDataString(e)}" : "");
        using var content = new StreamContent(File.OpenRead(path));
        using var response = await http.PostAsync(query, content, cancellationToken);
        response.EnsureSuccessStatusCode();
        var accepted = await response.Content.ReadFromJsonAsync<UploadAccepted>(ApiJson.Options, cancellationToken);
        Console.WriteLine($"  uploaded {relative}");
        return accepted!.Id;
    }
}
