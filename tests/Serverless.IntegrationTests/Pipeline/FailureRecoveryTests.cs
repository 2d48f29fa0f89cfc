using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Documents;
using Serverless.Shared.Notifications;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Pipeline;

/// <summary>
/// A document's failure when the process stops halfway and the message comes back: the document still ends
/// <c>Failed</c>, and every <c>document.failed</c> event queued for it carries the one delivery id portals drop
/// duplicates by. The failure steps talk to storage through a <see cref="StorageRelay"/>, which sees every event
/// that reaches the notifications queue (the host's own delivery step empties that queue within seconds, so
/// peeking it afterwards could miss some) and can stop a run right after one of its writes.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FailureRecoveryTests(PlatformFixture platform) : IAsyncLifetime
{
    // Uploads here are delivered by the tests alone: the host only watches the intake container.
    private const string UploadContainer = "failure-recovery";
    private const string Reason = "The file could not be processed. Re-upload it.";

    private StorageRelay _relay = null!;

    public async Task InitializeAsync()
    {
        _relay = await StorageRelay.StartAsync(platform.Platform.StorageConnectionString);
        await platform.Storage.Container(UploadContainer).CreateIfNotExistsAsync();
    }

    public Task DisposeAsync() => _relay.DisposeAsync().AsTask();

    [Fact]
    public async Task RedeliveryAfterAStopBetweenEventAndStatus_MarksFailed_WithOneDeliveryId()
    {
        // Arrange: an upload intake refuses, so its delivery ends in DocumentFailures.MarkFailedAsync.
        var (blob, id) = await UploadUnsupportedAsync(nameof(RedeliveryAfterAStopBetweenEventAndStatus_MarksFailed_WithOneDeliveryId));
        _relay.StopAfterNextWrite();

        // Act: the first delivery stops right after the first of its two writes; then the message comes back.
        await Assert.ThrowsAnyAsync<RequestFailedException>(() => IngestStep().RunAsync(blob));
        _relay.Resume();
        await IngestStep().RunAsync(blob);

        // Assert
        var document = await platform.Documents.GetAsync(id);
        Assert.Equal(nameof(DocumentStatus.Failed), document!.Status);
        Assert.StartsWith("'slides.pptx' is not a supported format.", document.FailureReason);
        var events = _relay.QueuedEvents(PlatformEvent.DocumentFailed, id);
        Assert.True(events.Count > 0, "No document.failed event reached the queue: the portals never hear of this failure.");
        Assert.All(events, e => Assert.Equal(DeliveryIdOf(id, document.FailureReason!), e.Id));
    }

    [Fact]
    public async Task RedeliveryAfterTheStatusIsWritten_QueuesNothingMore_AndLeavesTheDocumentAsItIs()
    {
        // Arrange: a delivery that ran to the end.
        var (blob, id) = await UploadUnsupportedAsync(nameof(RedeliveryAfterTheStatusIsWritten_QueuesNothingMore_AndLeavesTheDocumentAsItIs));
        Assert.Equal(StepOutcome.Failed, await IngestStep().RunAsync(blob));
        var failed = await platform.Documents.GetAsync(id);

        // Act
        var outcome = await IngestStep().RunAsync(blob);

        // Assert: intake leaves a document past Received alone, so the row is not even rewritten.
        Assert.Equal(StepOutcome.Done, outcome);
        Assert.Single(_relay.QueuedEvents(PlatformEvent.DocumentFailed, id));
        var after = await platform.Documents.GetAsync(id);
        Assert.Equal(nameof(DocumentStatus.Failed), after!.Status);
        Assert.Equal(failed!.FailureReason, after.FailureReason);
        Assert.Equal(failed.ETag, after.ETag);
    }

    [Fact]
    public async Task MarkingAFailedDocumentFailedAgain_ReturnsFalse_KeepsTheFirstReason_AndQueuesNothingMore()
    {
        // Arrange: a document failed by one work item.
        var id = await AddDocumentAsync(DocumentStatus.Received, nameof(MarkingAFailedDocumentFailedAgain_ReturnsFalse_KeepsTheFirstReason_AndQueuesNothingMore));
        var failures = Failures();
        Assert.True(await failures.MarkFailedAsync(id, Reason));
        var failed = await platform.Documents.GetAsync(id);

        // Act: a redelivered poison message, and another work item of the same document failing for its own reason.
        var again = await failures.MarkFailedAsync(id, Reason);
        var other = await failures.MarkFailedAsync(id, "Classification of paragraphs 101-200 failed repeatedly.");

        // Assert
        Assert.False(again);
        Assert.False(other);
        var document = await platform.Documents.GetAsync(id);
        Assert.Equal(Reason, document!.FailureReason);
        Assert.Equal(failed!.ETag, document.ETag);
        var queued = Assert.Single(_relay.QueuedEvents(PlatformEvent.DocumentFailed, id));
        Assert.Equal(DeliveryIdOf(id, Reason), queued.Id);
    }

    [Fact]
    public async Task MarkingAClassifiedDocumentFailed_ReturnsFalse_QueuesNothing_AndLeavesItClassified()
    {
        // Arrange
        var id = await AddDocumentAsync(DocumentStatus.Classified, nameof(MarkingAClassifiedDocumentFailed_ReturnsFalse_QueuesNothing_AndLeavesItClassified));
        var before = await platform.Documents.GetAsync(id);

        // Act
        var marked = await Failures().MarkFailedAsync(id, Reason);

        // Assert
        Assert.False(marked);
        Assert.Empty(_relay.QueuedEvents(PlatformEvent.DocumentFailed, id));
        var after = await platform.Documents.GetAsync(id);
        Assert.Equal(nameof(DocumentStatus.Classified), after!.Status);
        Assert.Null(after.FailureReason);
        Assert.Equal(before!.ETag, after.ETag);
    }

    /// <summary>The failure steps as the host builds them, except that they reach storage through the relay.</summary>
    private DocumentFailures Failures() =>
        new(new DocumentStore(_relay.Storage), new NotificationPublisher(new PipelineQueue(_relay.Storage)), platform.Platform.Services.GetRequiredService<TimeProvider>());

    private IngestDocumentStep IngestStep() =>
        ActivatorUtilities.CreateInstance<IngestDocumentStep>(platform.Platform.Services, Failures());

    /// <summary>A file of a format intake does not read; unique bytes, so a document of its own.</summary>
    private async Task<(BlobClient Blob, string Id)> UploadUnsupportedAsync(string test)
    {
        byte[] content = [0x50, 0x4B, 0x03, 0x04, .. Encoding.UTF8.GetBytes($"{test} {Guid.NewGuid()}")];
        var blob = platform.Storage.Container(UploadContainer).GetBlobClient($"2159/TEST/{Guid.NewGuid():N}/slides.pptx");
        await blob.UploadAsync(new BinaryData(content));
        return (blob, DocumentId.FromContent(content));
    }

    private async Task<string> AddDocumentAsync(DocumentStatus status, string test)
    {
        var id = DocumentId.FromContent(Encoding.UTF8.GetBytes($"{test} {Guid.NewGuid()}"));
        Assert.True(await platform.Documents.TryAddAsync(new DocumentEntity
        {
            PartitionKey = id,
            BlobName = $"2159/TEST/{id}.md",
            FileName = $"{id}.md",
            StatusValue = status,
            ReceivedAt = DateTimeOffset.UtcNow,
            ClassifiedAt = status == DocumentStatus.Classified ? DateTimeOffset.UtcNow : null,
        }));
        return id;
    }

    // The id the publisher derives from the document and the reason; OccurredAt and Url play no part in it.
    private static string DeliveryIdOf(string documentId, string reason) =>
        PlatformEvent.Create(PlatformEvent.DocumentFailed, documentId, reason, "", default).Id;
}
