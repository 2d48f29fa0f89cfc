namespace Serverless.Local.Hosting;

/// <summary>
/// Finds the repository the program runs from (the folder with <c>Serverless.sln</c>), where the pinned
/// Azurite package and the persisted data live. <c>WSIS_ROOT</c> overrides the search.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string AzuritePackage => Path.Combine(Root, "infra", "azurite");

    /// <summary>Where <c>./wsis run</c> keeps Azurite's data between runs (git-ignored).</summary>
    public static string AzuriteData => Path.Combine(Root, ".azurite");

    /// <summary>Run-time state of the local program: the lock of a running <c>./wsis run</c> (git-ignored).</summary>
    public static string State => Path.Combine(Root, ".wsis");

    private static string FindRoot()
    {
        var configured = Environment.GetEnvironmentVariable("WSIS_ROOT");
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "Serverless.sln")))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
