using Serverless.Shared.Outbound;

namespace Serverless.Shared.Notifications;

/// <summary>
/// Which portals may subscribe to notifications, and how long a delivery may take. Section <c>Notifications</c>.
/// No host is allowed by default: a platform that posts to any address it is given can be turned against the
/// network it runs in.
/// </summary>
public sealed class NotificationOptions() : OutboundHttpOptions(attemptTimeoutSeconds: 10, totalTimeoutSeconds: 30, retryDelayMilliseconds: 1_000)
{
    public const string SectionName = "Notifications";

    /// <summary>Whether subscriptions may use plain http; https only by default (the body carries document data).</summary>
    public bool AllowHttp { get; set; }

    protected override string Section => SectionName;
}
