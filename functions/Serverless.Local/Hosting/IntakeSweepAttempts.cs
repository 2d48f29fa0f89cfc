namespace Serverless.Local.Hosting;

/// <summary>
/// The intake sweep's failed attempts at ingesting each blob version. A blob the trigger delivered and whose ingest
/// fails every time is handed to the poison handling after the engine's attempts; a blob the trigger never delivered has
/// only the sweep's attempts, so after as many failed ones in a row as it allows, the sweep gives it up the same way
/// rather than leave its document <c>Received</c>.
/// </summary>
internal sealed class IntakeSweepAttempts(int allowed)
{
    private readonly Dictionary<string, (int Failed, DateTimeOffset Written)> _failed = [];

    /// <summary>Records a failed attempt; true when it was the last one allowed (the count starts again).</summary>
    public bool FailedAgain(string version, DateTimeOffset written)
    {
        var failed = (_failed.TryGetValue(version, out var before) ? before.Failed : 0) + 1;
        if (failed < allowed)
        {
            _failed[version] = (failed, written);
            return false;
        }

        _failed.Remove(version);
        return true;
    }

    public void Succeeded(string version) => _failed.Remove(version);

    /// <summary>Forgets blobs written before <paramref name="since"/>, which no later sweep looks at.</summary>
    public void ForgetWrittenBefore(DateTimeOffset since)
    {
        foreach (var (version, attempt) in _failed.Where(f => f.Value.Written < since).ToArray())
        {
            _failed.Remove(version);
        }
    }
}
