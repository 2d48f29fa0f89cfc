namespace Serverless.UnitTests;

/// <summary>
/// Finds the real documents in <c>../shared/corpus</c> beside the repository (override: <c>WSIS_CORPUS</c>).
/// A user's clone has no such folder, so tests that need it skip and say why.
/// </summary>
public static class CorpusFiles
{
    public const string MissingReason =
        "The corpus folder ../shared/corpus (beside the repository) is absent, or WSIS_CORPUS does not point at it.";

    // Initialised first: Folder is found relative to it.
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string? Folder { get; } = Locate();

    public static bool Available => Folder is not null;

    public static string PathOf(string fileName) =>
        Path.Combine(Folder ?? throw new InvalidOperationException(MissingReason), fileName);

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("WSIS_CORPUS");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }

        var candidate = Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "..", "shared", "corpus"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Serverless.sln not found above " + AppContext.BaseDirectory);
    }
}
