using Serverless.Shared.Documents;
using Serverless.Shared.Notifications;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// Marks a document <c>Failed</c> with a reason a person understands, and tells the subscribed portals: the one way a
/// document fails, so no path can fail one without the <c>document.failed</c> event.
/// </summary>
public sealed class DocumentFailures(DocumentStore documents, NotificationPublisher notifications, TimeProvider clock)
{
    /// <returns>
    /// False when the document is unknown, already classified (a classified document never turns failed) or already
    /// failed (its first reason stays, and portals are told once).
    /// </returns>
    /// <remarks>
    /// The event is queued before the status is written. The other order lost the event when the process stopped in
    /// between: a redelivered message finds the document already failed and has nothing left to do. In this order a
    /// stop in between leaves the document unfinished, its message is delivered again, and the event is queued again
    /// with the same id (derived from the document and the reason), which portals already see once per delivery id.
    /// A document already failed is left alone: another work item of the same document failing later (another
    /// reason, so another delivery id) would otherwise overwrite the reason and tell portals a second time.
    /// </remarks>
    public async Task<bool> MarkFailedAsync(string id, string reason, CancellationToken cancellationToken = default)
    {
        reason = Bounded(reason);
        var document = await documents.GetAsync(id, cancellationToken);
        if (document is null || document.StatusValue is DocumentStatus.Classified or DocumentStatus.Failed)
        {
            return false;
        }

        await notifications.DocumentFailedAsync(id, reason, clock.GetUtcNow(), cancellationToken);
        return await documents.UpdateAsync(id, d =>
        {
            if (d.StatusValue is DocumentStatus.Classified or DocumentStatus.Failed)
            {
                return false;
            }

            d.StatusValue = DocumentStatus.Failed;
            d.FailureReason = reason;
            return true;
        }, cancellationToken);
    }

    /// <summary>The most characters of a reason kept: a few sentences, well inside a table column and a queue message.</summary>
    internal const int MaxReasonLength = 1_000;

    /// <summary>
    /// A reason as it is kept and sent: one that quotes more of a file than a person reads (and than the row's column
    /// or the event's queue message holds, which would turn it into a storage error) is cut at a space, with an ellipsis.
    /// </summary>
    internal static string Bounded(string reason)
    {
        if (reason.Length <= MaxReasonLength)
        {
            return reason;
        }

        var space = reason.LastIndexOf(' ', MaxReasonLength - 1);
        var cut = space > MaxReasonLength / 2 ? space : MaxReasonLength - 1;
        if (char.IsHighSurrogate(reason[cut - 1]))
        {
            cut--;
        }

        return reason[..cut] + "…";
    }
}
