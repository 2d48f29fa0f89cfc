using Azure.Storage.Queues;
using Serverless.Shared.Notifications;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// Sends every pipeline message: classification work, compile and re-classification requests, platform events. One
/// sender, so each message type has one queue and one serialisation (JSON, camelCase, Base64 as the engines expect)
/// and a new sender cannot pick another. A host that listens in the same process is told of each message sent
/// (<see cref="IPipelineWakeUp"/>), so its listener need not wait for its next poll.
/// </summary>
public sealed class PipelineQueue(StorageClients storage, IPipelineWakeUp? wakeUp = null)
{
    public Task SendAsync(CompileRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(storage.Queue(StorageNames.CompileQueue), request, cancellationToken);

    public Task SendAsync(ReclassifyRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(storage.Queue(StorageNames.ReclassifyQueue), request, cancellationToken);

    public Task SendAsync(PlatformEvent platformEvent, CancellationToken cancellationToken = default) =>
        SendAsync(storage.Queue(StorageNames.NotificationsQueue), platformEvent, cancellationToken);

    public Task SendAsync(ClassifyWorkItem item, CancellationToken cancellationToken = default) =>
        SendAsync(storage.Queue(StorageNames.ClassifyQueue), item, cancellationToken);

    public async Task SendAsync(IEnumerable<ClassifyWorkItem> items, CancellationToken cancellationToken = default)
    {
        // A few sends at a time: a long document's items would otherwise hold its ingest for as many round trips.
        var queue = storage.Queue(StorageNames.ClassifyQueue);
        await Parallel.ForEachAsync(
            items,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (item, ct) => await SendAsync(queue, item, ct));
    }

    private async Task SendAsync<T>(QueueClient queue, T message, CancellationToken cancellationToken)
    {
        await queue.SendMessageAsync(PipelineMessages.Serialize(message), cancellationToken);
        wakeUp?.MessageSent(queue.Name);
    }
}
