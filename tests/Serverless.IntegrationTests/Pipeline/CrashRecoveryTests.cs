using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using Serverless.Local.Hosting;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;
using Xunit.Abstractions;

namespace Serverless.IntegrationTests.Pipeline;

/// <summary>
/// The host and Azurite stopped with SIGKILL in the middle of a batch, then started again on the same data: every
/// document reaches a final status within two minutes of the restart, none twice. The host runs as its own process
/// (<c>wsis run --storage</c>), Azurite with its data on disk, so both die as a crash kills them; what Azurite had not
/// yet written to disk is lost too, as in a real crash of the emulator. Storage hides the
/// messages a dead worker had taken for ten minutes; the reconciliation is what brings the documents home sooner.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Documents = 30;
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromMinutes(2);

    private readonly string _data = Directory.CreateTempSubdirectory("wsis-crash-").FullName;
    private readonly (int Blob, int Queue, int Table) _ports = (FreePorts.Next(), FreePorts.Next(), FreePorts.Next());
    private readonly int _apiPort = FreePorts.Next();
    private AzuriteServer? _azurite;
    private Process? _host;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        Kill(_host);
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task EveryDocumentEndsFinalWithinTwoMinutes_When_HostAndStorageAreKilledMidBatch()
    {
        // Arrange: 30 documents dropped into storage, written to disk by Azurite, then a host to process them, with one
        // paragraph per work item so each has several messages in flight.
        await StartStorageAsync();
        var ids = new List<string>();
        var incoming = new StorageClients(new StorageOptions { ConnectionString = _azurite!.ConnectionString });
        await incoming.EnsureCreatedAsync();
        for (var i = 0; i < Documents; i++)
        {
            var content = Encoding.UTF8.GetBytes(SampleTexts.Contribution($"crash {i} {Guid.NewGuid()}"));
            await incoming.Container(StorageNames.IncomingContainer).GetBlobClient($"2166/CRASH/crash-{i}.md").UploadAsync(new BinaryData(content));
            ids.Add(DocumentId.FromContent(content));
        }

        await Task.Delay(TimeSpan.FromSeconds(6)); // Azurite writes its data to disk every few seconds; a crash loses what is newer.
        await StartHostAsync();

        // Act: as soon as the first documents are classified, both processes die at once; then both start again.
        var storage = new StorageClients(new StorageOptions { ConnectionString = _azurite!.ConnectionString });
        var store = new DocumentStore(storage);
        await WaitUntilAsync(async () => (await CountFinalAsync(store, ids)) >= 1, TimeSpan.FromMinutes(2));
        var finalAtCrash = await CountFinalAsync(store, ids);
        Kill(_host);
        Kill(Process.GetProcessById(_azurite.ProcessId));
        await _azurite.DisposeAsync();
        _azurite = null;

        await StartStorageAsync();
        await StartHostAsync();
        var restarted = Stopwatch.StartNew();
        storage = new StorageClients(new StorageOptions { ConnectionString = _azurite!.ConnectionString });
        store = new DocumentStore(storage);
        var allFinal = await WaitUntilAsync(async () => (await CountFinalAsync(store, ids)) == ids.Count, RecoveryLimit + TimeSpan.FromSeconds(30));
        restarted.Stop();

        output.WriteLine($"{finalAtCrash} of {Documents} final at the crash; all final: {allFinal}, {restarted.Elapsed.TotalSeconds:0.0} s after the restart.");

        // Assert
        Assert.True(finalAtCrash < Documents, $"All {Documents} were final before the crash: the test crashed nothing.");
        var rows = new List<DocumentEntity>();
        foreach (var id in ids)
        {
            rows.Add((await store.GetAsync(id))!);
        }

        Assert.True(allFinal && restarted.Elapsed <= RecoveryLimit,
            $"{rows.Count(r => r?.StatusValue is DocumentStatus.Classified or DocumentStatus.Failed)} of {Documents} final {restarted.Elapsed.TotalSeconds:0} s after the restart " +
            $"({finalAtCrash} were final at the crash); still unfinished: {string.Join(", ", rows.Where(r => r?.StatusValue is not (DocumentStatus.Classified or DocumentStatus.Failed)).Select(r => $"{r?.FileName} {r?.Status}"))}");
        var paragraphs = new ParagraphStore(storage);
        foreach (var row in rows.Where(r => r.StatusValue == DocumentStatus.Classified))
        {
            var stored = await paragraphs.ReadAllAsync(row.PartitionKey);
            Assert.Equal(row.ParagraphCount, stored.Count);
            Assert.Equal(Enumerable.Range(0, row.ParagraphCount), stored.Select(p => p.Index));
        }

        var listed = await store.ListAsync(2166, null);
        Assert.Equal(Documents, listed.Count);
        Assert.All(rows, r => Assert.True(r.StatusValue == DocumentStatus.Classified, $"{r.FileName}: {r.Status} ({r.FailureReason})"));
    }

    private async Task StartStorageAsync() =>
        _azurite = await AzuriteServer.StartAsync(new AzuriteOptions { DataFolder = _data, PreferredPorts = _ports });

    private async Task StartHostAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["Pipeline__ParagraphsPerWorkItem"] = "1", ["DOTNET_NOLOGO"] = "1" },
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "wsis.dll"), "run", "--port", _apiPort.ToString(), "--storage", _azurite!.ConnectionString })
        {
            start.ArgumentList.Add(argument);
        }

        _host = Process.Start(start)!;
        _host.OutputDataReceived += (_, _) => { };
        _host.ErrorDataReceived += (_, _) => { };
        _host.BeginOutputReadLine();
        _host.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_apiPort}/"), Timeout = TimeSpan.FromSeconds(5) };
        var up = await WaitUntilAsync(
            async () =>
            {
                try
                {
                    return (await http.GetAsync("api/health")).IsSuccessStatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet, or too busy starting to answer within the probe's time-out: ask again.
                    return false;
                }
            },
            TimeSpan.FromSeconds(90));
        Assert.True(up, "The host did not start.");
    }

    private static void Kill(Process? process)
    {
        // Process.Kill sends SIGKILL on Linux: no shutdown code runs.
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit(10_000);
        }
    }

    private static async Task<int> CountFinalAsync(DocumentStore store, IEnumerable<string> ids)
    {
        var final = 0;
        foreach (var id in ids)
        {
            if ((await store.GetAsync(id))?.StatusValue is DocumentStatus.Classified or DocumentStatus.Failed)
            {
                final++;
            }
        }

        return final;
    }

    private static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(500);
        }

        return false;
    }
}
