using System.Collections.Concurrent;
using Azure.Storage.Queues;
using Microsoft.Azure.WebJobs.Host.Queues;

namespace Serverless.Local.Hosting;

/// <summary>
/// Wakes the engine's listener of a queue the moment the platform sends a message to it, so an idle listener need not
/// poll often to start at once, and <c>queues.maxPollingInterval</c> can bound the idle polling as it does in Azure.
/// The engine wakes a listener itself only for messages it wrote (output bindings, poison moves): it registers every
/// application queue's <see cref="QueueProcessor"/> with its shared watcher, which wakes the listener of the queue named
/// in a <see cref="QueueProcessor.MessageAddedToPoisonQueueAsync"/> event. As the factory of those processors, this
/// raises that event naming the queue a message was sent to; the only handler is the watcher, so nothing is moved.
/// </summary>
public sealed class QueueWakeUps : IQueueProcessorFactory
{
    private readonly ConcurrentDictionary<string, WakeableQueueProcessor> _processors = new(StringComparer.Ordinal);

    public QueueProcessor Create(QueueProcessorOptions queueProcessorOptions)
    {
        ArgumentNullException.ThrowIfNull(queueProcessorOptions);
        var processor = new WakeableQueueProcessor(queueProcessorOptions);
        _processors[queueProcessorOptions.Queue.Name] = processor;
        return processor;
    }

    /// <summary>Has the listener of the queue poll now; false (and nothing done) for a queue no function listens to.</summary>
    public bool Wake(string queueName)
    {
        if (!_processors.TryGetValue(queueName, out var processor))
        {
            return false;
        }

        processor.Wake();
        return true;
    }

    private sealed class WakeableQueueProcessor(QueueProcessorOptions options) : QueueProcessor(options)
    {
        private readonly QueueClient _queue = options.Queue;

        public void Wake() => _ = OnMessageAddedToPoisonQueueAsync(new PoisonMessageEventArgs(null, _queue));
    }
}
