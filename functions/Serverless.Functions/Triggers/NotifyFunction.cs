using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Functions.Triggers;

/// <summary>Posts events to the portals that subscribed to them; what keeps failing shows on their subscription.</summary>
public sealed class NotifyFunction(DeliverNotificationStep step)
{
    [Function(nameof(Notify))]
    public async Task Notify(
        [QueueTrigger(StorageNames.NotificationsQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        (await step.RunAsync(message, cancellationToken)).ThrowIfRetry(nameof(Notify));

    [Function(nameof(NotifyPoison))]
    public Task NotifyPoison(
        [QueueTrigger(StorageNames.NotificationsPoisonQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        step.OnPoisonAsync(message, cancellationToken);
}
