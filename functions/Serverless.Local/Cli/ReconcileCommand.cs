using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Local.Hosting;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Local.Cli;

/// <summary>
/// <c>./wsis reconcile</c>: what the reconciliation timer does, now, against the storage of the running
/// <c>./wsis run</c> if there is one, else against the data kept in <c>.azurite/</c>: documents left <c>Received</c>
/// or <c>Classifying</c> by a stopped worker are driven on (or failed with the reason), events never queued are queued.
/// </summary>
internal static class ReconcileCommand
{
    public static Command Create()
    {
        var command = new Command("reconcile", "Drive on documents a stopped worker left unfinished (Received or Classifying), now.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var running = RunLock.TryAcquire(out var info);
            AzuriteServer? azurite = null;
            try
            {
                string connection;
                if (running is null && info is not null)
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

                var configuration = new ConfigurationBuilder()
                    .AddInMemoryCollection(new Dictionary<string, string?> { [StorageNames.ConnectionSetting] = connection })
                    .AddEnvironmentVariables()
                    .Build();
                await using var services = new ServiceCollection()
                    .AddLogging()
                    .AddSingleton<IConfiguration>(configuration)
                    .AddIngestionPipeline()
                    .BuildServiceProvider();
                await services.GetRequiredService<StorageClients>().EnsureCreatedAsync(cancellationToken);
                var report = await services.GetRequiredService<ReconcileStep>().RunAsync(cancellationToken);
                Console.WriteLine(
                    $"{report.Ingested} documents ingested again, {report.Requeued} with work items queued again, {report.Events} events queued, {report.Failed} failed, {report.Waiting} left alone while work items wait in the queue.");
                if (running is not null)
                {
                    Console.WriteLine("Nothing runs the queued work now: start ./wsis run to finish it.");
                }

                return 0;
            }
            finally
            {
                running?.Dispose();
                if (azurite is not null)
                {
                    await azurite.DisposeAsync();
                }
            }
        });
        return command;
    }
}
