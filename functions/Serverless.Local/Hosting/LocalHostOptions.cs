namespace Serverless.Local.Hosting;

/// <summary>How to run the local platform: where storage is and where the HTTP API listens.</summary>
public sealed class LocalHostOptions
{
    /// <summary>A storage connection string; null starts an Azurite of our own (see <see cref="Azurite"/>).</summary>
    public string? StorageConnectionString { get; init; }

    public AzuriteOptions Azurite { get; init; } = new();

    /// <summary>HTTP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; } = 7071;

    /// <summary>Extra configuration (e.g. <c>Pipeline:ParagraphsPerWorkItem</c>), applied over the defaults.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Service registrations applied after the platform's own, e.g. to add a reader for another format.</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>The built portal page served at <c>/</c> (<c>portal/dist</c>, built by <c>./wsis</c>).</summary>
    public string PortalFolder { get; init; } = Path.Combine(RepositoryPaths.Root, "portal", "dist");

    /// <summary>Least level of the engine's own logs; the pipeline's logs are always shown from Information.</summary>
    public Microsoft.Extensions.Logging.LogLevel EngineLogLevel { get; init; } = Microsoft.Extensions.Logging.LogLevel.Warning;
}
