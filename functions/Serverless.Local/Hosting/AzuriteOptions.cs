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

    /// <summary>
    /// A file for Azurite's debug log (<c>--debug</c>: one line per request it serves, with its method and URL), so a
    /// harness can count the storage requests the platform makes; null writes none (the log grows fast).
    /// </summary>
    public string? DebugLogPath { get; init; }

    /// <summary>Azurite's well-known development account ports.</summary>
    public static (int Blob, int Queue, int Table) DefaultPorts => (10000, 10001, 10002);
}
