using System.Text.Json;

namespace Serverless.Local.Hosting;

/// <summary>
/// Makes a second <c>./wsis run</c> on the same repository report the first instead of fighting over its
/// ports and data folder: an exclusively opened lock file, plus a note of what the first one serves.
/// </summary>
public sealed class RunLock : IDisposable
{
    private readonly FileStream _lock;
    private readonly string _infoPath;

    private RunLock(FileStream lockFile, string infoPath)
    {
        _lock = lockFile;
        _infoPath = infoPath;
    }

    public sealed record RunInfo(int ProcessId, string ApiUrl, string StorageConnectionString, DateTimeOffset StartedAt);

    public static string InfoPath => Path.Combine(RepositoryPaths.State, "run.json");

    /// <summary>Takes the lock, or returns null with what the running instance wrote about itself.</summary>
    public static RunLock? TryAcquire(out RunInfo? running)
    {
        Directory.CreateDirectory(RepositoryPaths.State);
        running = null;
        try
        {
            var file = new FileStream(Path.Combine(RepositoryPaths.State, "run.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new RunLock(file, InfoPath);
        }
        catch (IOException)
        {
            running = ReadInfo();
            return null;
        }
    }

    public static RunInfo? ReadInfo()
    {
        try
        {
            return File.Exists(InfoPath) ? JsonSerializer.Deserialize<RunInfo>(File.ReadAllText(InfoPath)) : null;
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return null;
        }
    }

    public void Publish(RunInfo info) => File.WriteAllText(_infoPath, JsonSerializer.Serialize(info));

    public void Dispose()
    {
        try
        {
            File.Delete(_infoPath);
        }
        catch (IOException)
        {
            // Best effort: a stale note is ignored once the lock is free.
        }

        _lock.Dispose();
    }
}
