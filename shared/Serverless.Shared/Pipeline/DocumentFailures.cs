using Serverless.Shared.Notifications;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>Marks a document <c>Failed</c> with a reason a person understands, and tells the subscribed portals.</summary>
public sealed class DocumentFailures(DocumentStore documents, NotificationPublisher notifications, TimeProvider clock)
{
    /// <returns>False when the document is unknown or already classified (a classified document never turns failed).</returns>
    public async Task<bool> MarkFailedAsync(string id, string reason, CancellationToken cancellationToken = default)
    {
        if (!await documents.MarkFailedAsync(id, reason, cancellationToken))
        {
            return false;
        }

        await notifications.DocumentFailedAsync(id, reason, clock.GetUtcNow(), cancellationToken);
        return true;
    }
}
