using Microsoft.Extensions.Options;
using Serverless.Shared.Notifications;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>What the webhook subscription routes need (<see cref="SubscriptionsApi"/>).</summary>
public sealed class SubscriptionsServices(SubscriptionStore subscriptions, IOptions<NotificationOptions> notificationOptions, TimeProvider clock)
{
    public SubscriptionStore Subscriptions { get; } = subscriptions;
    public NotificationOptions Notifications { get; } = notificationOptions.Value;
    public TimeProvider Clock { get; } = clock;
}
