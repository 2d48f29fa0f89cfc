using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Notifications;

/// <summary>
/// Queues an event for delivery to the portals that subscribed to it. The pipeline steps only queue; the
/// delivery step posts, so a slow portal never holds up classification.
/// </summary>
public sealed class NotificationPublisher(PipelineQueue queue)
{
    public Task DocumentClassifiedAsync(DocumentEntity document, CancellationToken cancellationToken = default) =>
        DocumentClassifiedAsync(document.PartitionKey, document.ClassifiedAt ?? default, cancellationToken);

    /// <summary>The event's id derives from the document and the time it was classified, so queuing it again repeats the id.</summary>
    public Task DocumentClassifiedAsync(string documentId, DateTimeOffset classifiedAt, CancellationToken cancellationToken = default) =>
        PublishAsync(PlatformEvent.Create(
            PlatformEvent.DocumentClassified, documentId, classifiedAt.ToString("O"), $"/api/documents/{documentId}", classifiedAt),
            cancellationToken);

    public Task DocumentFailedAsync(string documentId, string reason, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        PublishAsync(PlatformEvent.Create(PlatformEvent.DocumentFailed, documentId, reason, $"/api/documents/{documentId}", at), cancellationToken);

    public Task SummaryCompiledAsync(int year, string version, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        PublishAsync(PlatformEvent.Create(PlatformEvent.SummaryCompiled, year.ToString(System.Globalization.CultureInfo.InvariantCulture), version, $"/api/summaries/{year}", at), cancellationToken);

    public Task PublishAsync(PlatformEvent platformEvent, CancellationToken cancellationToken = default) =>
        queue.SendAsync(platformEvent, cancellationToken);
}
