using System.Collections.Concurrent;
using System.Threading.Channels;
using Azure;

namespace Serverless.Local.Hosting;

/// <summary>
/// The uploads the API stored and handed to <see cref="UploadHandOver"/>, and how each run ended. The blob trigger
/// still delivers every blob later; for a version ingested here (or being ingested) it waits for that run and has
/// nothing left to do (<see cref="IngestedHereAsync"/>), so an upload is ingested once. An entry lives from the upload
/// to the trigger's delivery of it.
/// </summary>
public sealed class HandedOverUploads
{
    private readonly Channel<(string Name, ETag Version)> _waiting =
        Channel.CreateUnbounded<(string, ETag)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly ConcurrentDictionary<(string Name, ETag Version), TaskCompletionSource<bool>> _runs = new();

    internal ChannelReader<(string Name, ETag Version)> Waiting => _waiting.Reader;

    public void HandOver(string blobName, ETag version)
    {
        if (_runs.TryAdd((blobName, version), new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously)))
        {
            _waiting.Writer.TryWrite((blobName, version));
        }
    }

    /// <summary>
    /// True when this version of the blob was ingested here (waiting for a run still going), so the trigger's delivery
    /// of it has nothing to do; false for any other blob, and for a run that did not finish the work.
    /// </summary>
    public async Task<bool> IngestedHereAsync(string blobName, ETag version, CancellationToken cancellationToken)
    {
        if (!_runs.TryGetValue((blobName, version), out var run))
        {
            return false;
        }

        var done = await run.Task.WaitAsync(cancellationToken);
        _runs.TryRemove((blobName, version), out _);
        return done;
    }

    internal void Ended((string Name, ETag Version) upload, bool done)
    {
        if (_runs.TryGetValue(upload, out var run))
        {
            run.TrySetResult(done);
        }
    }

    /// <summary>On stop: every run not ended is the trigger's.</summary>
    internal void AbandonRest()
    {
        foreach (var run in _runs.Values)
        {
            run.TrySetResult(false);
        }
    }
}
