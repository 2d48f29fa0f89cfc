using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Shared.Documents;
using Serverless.Shared.Notifications;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// The queue-triggered step that posts an event to every subscription that wants it. A portal that got it is
/// recorded, so when another portal fails and the message comes back, only the ones still missing it are posted to.
/// </summary>
public sealed class DeliverNotificationStep(
    SubscriptionStore subscriptions,
    WebhookSender sender,
    IOptions<NotificationOptions> options,
    TimeProvider clock,
    ILogger<DeliverNotificationStep> logger)
{
    /// <summary>How long a claim on one portal lasts: every attempt of one post, plus a margin.</summary>
    private readonly TimeSpan _claim = TimeSpan.FromSeconds(options.Value.TotalTimeoutSeconds + 30);

    public Task<StepOutcome> RunAsync(string message, CancellationToken cancellationToken = default) =>
        StorageFaults.RetryTransientAsync(nameof(DeliverNotificationStep), () => HandleAsync(message, cancellationToken), logger, cancellationToken);

    private async Task<StepOutcome> HandleAsync(string message, CancellationToken cancellationToken)
    {
        var platformEvent = PipelineMessages.TryParse<PlatformEvent>(message);
        if (platformEvent is null || string.IsNullOrEmpty(platformEvent.Id))
        {
            logger.LogError("Discarding a notification message that is not an event: {Message}", UploadNames.ForLog(message));
            return StepOutcome.Failed;
        }

        var failures = 0;
        foreach (var subscription in await PendingAsync(platformEvent, cancellationToken))
        {
            // Two copies of one event (queued twice, or redelivered while the first still runs) must not post twice at
            // once: each portal is claimed for the longest a post may take, and a copy that finds the claim taken
            // leaves the portal to its holder, whose own retry covers a failure.
            var now = clock.GetUtcNow();
            if (!await subscriptions.TryClaimDeliveryAsync(platformEvent.Id, subscription.RowKey, now, now + _claim, cancellationToken))
            {
                continue;
            }

            var failure = await sender.SendAsync(platformEvent, subscription, cancellationToken);
            if (failure is null)
            {
                await subscriptions.RecordDeliveredAsync(platformEvent.Id, subscription, clock.GetUtcNow(), cancellationToken);
                continue;
            }

            failures++;
            await subscriptions.ReleaseClaimAsync(platformEvent.Id, subscription.RowKey, clock.GetUtcNow(), cancellationToken);
            logger.LogWarning("Notification {Event} to {Url} failed: {Reason}", platformEvent.Type, subscription.Url, failure);
            await subscriptions.RecordFailureAsync(subscription.RowKey, failure, clock.GetUtcNow(), cancellationToken);
        }

        return failures == 0 ? StepOutcome.Done : StepOutcome.Retry;
    }

    /// <summary>An event that failed on every attempt: each portal still missing it shows the failure on its subscription.</summary>
    public async Task<StepOutcome> OnPoisonAsync(string message, CancellationToken cancellationToken = default)
    {
        var platformEvent = PipelineMessages.TryParse<PlatformEvent>(message);
        if (platformEvent is null)
        {
            return StepOutcome.Failed;
        }

        foreach (var subscription in await PendingAsync(platformEvent, cancellationToken))
        {
            logger.LogError("Notification {Event} {Id} to {Url} was given up after repeated failures.", platformEvent.Type, platformEvent.Id, subscription.Url);
            await subscriptions.RecordFailureAsync(
                subscription.RowKey,
                $"Gave up delivering {platformEvent.Type} for {platformEvent.Subject} after repeated failures; {subscription.LastFailure}",
                clock.GetUtcNow(),
                cancellationToken);
        }

        return StepOutcome.Done;
    }

    private async Task<IReadOnlyList<SubscriptionEntity>> PendingAsync(PlatformEvent platformEvent, CancellationToken cancellationToken)
    {
        var pending = new List<SubscriptionEntity>();
        foreach (var subscription in await subscriptions.ListAsync(cancellationToken))
        {
            if (subscription.EventTypes().Contains(platformEvent.Type) &&
                !await subscriptions.WasDeliveredAsync(platformEvent.Id, subscription.RowKey, cancellationToken))
            {
                pending.Add(subscription);
            }
        }

        return pending;
    }
}
