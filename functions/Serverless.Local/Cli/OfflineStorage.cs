using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Local.Hosting;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Local.Cli;

/// <summary>
/// The storage a one-off command (<c>compile</c>, <c>reconcile</c>) works on: the running <c>./wsis run</c>'s if there
/// is one, else an Azurite started over the data kept in <c>.azurite/</c>, with the pipeline's services on it. While
/// no <c>./wsis run</c> runs, the run lock is held, so none starts on the same data meanwhile.
/// </summary>
internal sealed class OfflineStorage : IAsyncDisposable
{
    private readonly IDisposable? _runLock;
    private readonly AzuriteServer? _azurite;

    private OfflineStorage(IDisposable? runLock, AzuriteServer? azurite, ServiceProvider services)
    {
        _runLock = runLock;
        _azurite = azurite;
        Services = services;
    }

    public ServiceProvider Services { get; }

    /// <summary>True when nothing serves the queues now (no <c>./wsis run</c>): queued work waits for the next one.</summary>
    public bool NothingRunsTheQueues => _runLock is not null;

    public static async Task<OfflineStorage> OpenAsync(CancellationToken cancellationToken)
    {
        var runLock = RunLock.TryAcquire(out var info);
        AzuriteServer? azurite = null;
        try
        {
            string connection;
            if (runLock is null && info is not null)
            {
                connection = info.StorageConnectionString;
                Console.WriteLine($"Using the storage of the running ./wsis run ({info.ApiUrl}).");
            }
            else
            {
                azurite = await AzuriteServer.StartAsync(
                    new AzuriteOptions { DataFolder = RepositoryPaths.AzuriteData, PreferredPorts = AzuriteOptions.DefaultPorts }, cancellationToken);
                connection = azurite.ConnectionString;
            }

            var services = PipelineServices(connection);
            await services.GetRequiredService<StorageClients>().EnsureCreatedAsync(cancellationToken);
            return new OfflineStorage(runLock, azurite, services);
        }
        catch
        {
            runLock?.Dispose();
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _runLock?.Dispose();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    private static ServiceProvider PipelineServices(string connection)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageNames.ConnectionSetting] = connection })
            .AddEnvironmentVariables()
            .Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddIngestionPipeline()
            .BuildServiceProvider();
    }
}
