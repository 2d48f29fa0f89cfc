namespace Serverless.Local.Hosting;

/// <summary>How to start the local storage emulator.</summary>
public sealed class AzuriteOptions
{
    /// <summary>Folder to persist data in; null keeps everything in memory (tests, demo).</summary>
    public string? DataFolder { get; init; }

    /// <summary>Ports to use when free; otherwise free ports are picked. Null picks free ports at once.</summary>
    public (int Blob, int Queue, int Table)? PreferredPorts { get; init; }

    /// <summary>The folder with the pinned <c>azurite</c> npm package installed.</summary>
    public string PackageFolder { get; init; } = RepositoryPaths.AzuritePackage;

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Azurite's well-known development account ports.</summary>
    public static (int Blob, int Queue, int Table) DefaultPorts => (10000, 10001, 10002);
}
