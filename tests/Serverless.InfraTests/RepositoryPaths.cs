namespace Serverless.InfraTests;

/// <summary>Paths in the repository, found from the test's output folder upwards (the folder holding Serverless.sln).</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Infra => Path.Combine(Root, "infra");

    public static string MainTemplate => Path.Combine(Infra, "main.bicep");

    public static string HostJson => Path.Combine(Root, "host.json");

    public static string InfraReadme => Path.Combine(Infra, "README.md");

    public static string Workflows => Path.Combine(Root, ".github", "workflows");

    public static string LocalSettingsExample =>
        Path.Combine(Root, "functions", "Serverless.Functions", "local.settings.example.json");

    /// <summary>Every Bicep template under infra/ (main and modules), relative to the repository root.</summary>
    public static IEnumerable<string> BicepTemplates() => Files("*.bicep");

    /// <summary>Every parameters file under infra/ (one per environment), relative to the repository root.</summary>
    public static IEnumerable<string> BicepParameterFiles() => Files("*.bicepparam");

    private static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(Infra, pattern, SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(Root, path))
            .Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Serverless.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Serverless.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
