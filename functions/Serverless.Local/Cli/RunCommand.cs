using System.CommandLine;
using Serverless.Local.Hosting;
using Serverless.Shared.Storage;

namespace Serverless.Local.Cli;

/// <summary>
/// <c>./wsis run [--port N] [--storage CONNECTION]</c>: Azurite + triggers + API until Ctrl-C, with data kept in
/// <c>.azurite/</c>; with <c>--storage</c>, the triggers and API against that storage instead (another Azurite, or an
/// Azure account), without starting Azurite and without taking this folder's place as its running server.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var port = PortOption.Create();
        var storage = new Option<string?>("--storage") { Description = "A storage connection string to serve against instead of starting Azurite." };
        var command = new Command("run", "Serve the platform locally (Azurite, triggers, HTTP API) until Ctrl-C.") { port, storage };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (parseResult.GetValue(storage) is { } connection)
            {
                return await ServeAsync(parseResult.GetValue(port), connection, cancellationToken);
            }

            using var runLock = RunLock.TryAcquire(out var running);
            if (runLock is null)
            {
                return CliErrors.Fail(running is null
                    ? "Another ./wsis run is already serving from this folder."
                    : $"Another ./wsis run (process {running.ProcessId}) is already serving {running.ApiUrl} since {running.StartedAt:HH:mm}. Stop it first, or use its API.");
            }

            var requested = parseResult.GetValue(port);
            if (!FreePorts.IsFree(requested))
            {
                return CliErrors.Fail($"Port {requested} is in use by another program. Choose another with --port.");
            }

            Console.WriteLine("Starting Azurite and the local host...");
            await using var platform = await LocalPlatform.StartAsync(new LocalHostOptions
            {
                Port = requested,
                Azurite = new AzuriteOptions { DataFolder = RepositoryPaths.AzuriteData, PreferredPorts = AzuriteOptions.DefaultPorts },
            }, cancellationToken);

            var api = new Uri(platform.BaseAddress, "api/");
            runLock.Publish(new RunLock.RunInfo(Environment.ProcessId, api.ToString(), platform.StorageConnectionString, DateTimeOffset.Now));
            Console.WriteLine();
            Console.WriteLine($"API:     {api}   (try {api}health)");
            Console.WriteLine($"Storage: {platform.StorageConnectionString}");
            Console.WriteLine();
            Console.WriteLine($"Drop files into the '{StorageNames.IncomingContainer}' container as {{year}}/{{entity}}/{{file}} with Storage Explorer,");
            Console.WriteLine($"azcopy or any Azure SDK, or POST them to {api}documents?name=FILE. Ctrl-C stops.");
            try
            {
                await platform.WaitForShutdownAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C: fall through to a clean stop.
            }

            Console.WriteLine("Stopping...");
            return 0;
        });
        return command;
    }

    private static async Task<int> ServeAsync(int port, string connection, CancellationToken cancellationToken)
    {
        await using var platform = await LocalPlatform.StartAsync(new LocalHostOptions { Port = port, StorageConnectionString = connection }, cancellationToken);
        Console.WriteLine($"API:     {new Uri(platform.BaseAddress, "api/")}");
        try
        {
            await platform.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: fall through to a clean stop.
        }

        return 0;
    }
}

internal static class PortOption
{
    public static Option<int> Create() => new("--port")
    {
        Description = "HTTP port of the API on 127.0.0.1.",
        DefaultValueFactory = _ => 7071,
    };
}
