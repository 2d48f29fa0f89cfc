using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serverless.Shared.Storage;

namespace Serverless.Local.Hosting;

/// <summary>
/// The whole platform on one machine: Azurite (unless a connection string is given), the triggers and the API.
/// Disposing stops the host, then Azurite.
/// </summary>
public sealed class LocalPlatform : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly AzuriteServer? _azurite;

    private LocalPlatform(WebApplication app, AzuriteServer? azurite, string connectionString)
    {
        _app = app;
        _azurite = azurite;
        StorageConnectionString = connectionString;
    }

    public string StorageConnectionString { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The API's base address, e.g. <c>http://127.0.0.1:7071/</c>.</summary>
    public Uri BaseAddress => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    public static async Task<LocalPlatform> StartAsync(LocalHostOptions options, CancellationToken cancellationToken = default)
    {
        AzuriteServer? azurite = null;
        var connectionString = options.StorageConnectionString;
        if (connectionString is null)
        {
            azurite = await AzuriteServer.StartAsync(options.Azurite, cancellationToken);
            connectionString = azurite.ConnectionString;
        }

        try
        {
            var app = LocalHostBuilder.Build(connectionString, options.Port, options);
            await app.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync(cancellationToken);
            await app.StartAsync(cancellationToken);
            return new LocalPlatform(app, azurite, connectionString);
        }
        catch
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }

            throw;
        }
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }
        finally
        {
            if (_azurite is not null)
            {
                await _azurite.DisposeAsync();
            }
        }
    }
}
