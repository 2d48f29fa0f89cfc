using Microsoft.Azure.WebJobs;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Local.Triggers;

/// <summary>Posts events to the portals that subscribed to them; what keeps failing shows on their subscription.</summary>
public sealed class NotifyFunction(DeliverNotificationStep step)
{
    [FunctionName(nameof(Notify))]
    public async Task Notify(
        [QueueTrigger(StorageNames.NotificationsQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        (await step.RunAsync(message, cancellationToken)).ThrowIfRetry(nameof(Notify));

    [FunctionName(nameof(NotifyPoison))]
    public Task NotifyPoison(
        [QueueTrigger(StorageNames.NotificationsPoisonQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        step.OnPoisonAsync(message, cancellationToken);
}
