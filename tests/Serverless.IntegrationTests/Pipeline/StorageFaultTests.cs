using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Documents;
using Serverless.Shared.Notifications;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Pipeline;

/// <summary>
/// A classification work item meeting storage errors on the real Azurite, its paragraph reads and label writes going through a
/// <see cref="StorageRelay"/> that answers as storage would: a transient error is retried later (the outcome says so and
/// the document waits), a refusal fails the document at once with the reason and the <c>document.failed</c> event.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class StorageFaultTests(PlatformFixture platform) : IAsyncLifetime
{
    private StorageRelay _relay = null!;

    public async Task InitializeAsync() => _relay = await StorageRelay.StartAsync(platform.Platform.StorageConnectionString, relayBlobs: true);

    public Task DisposeAsync() => _relay.DisposeAsync().AsTask();

    [Fact]
    public async Task ClassifyRetries_AndTheDocumentWaits_When_StorageIsUnavailable()
    {
        // Arrange
        var id = await ClassifyingDocumentAsync(nameof(ClassifyRetries_AndTheDocumentWaits_When_StorageIsUnavailable));
        var message = PipelineMessages.Serialize(new ClassifyWorkItem(id, 0, 0, 3));
        _relay.RefuseAllWith(503);

        // Act: storage is down for the first delivery, back for the second.
        var first = await Step().RunAsync(message);
        _relay.Resume();
        var second = await Step().RunAsync(message);

        // Assert
        Assert.Equal(StepOutcome.Retry, first);
        Assert.Equal(StepOutcome.Done, second);
        Assert.Equal(nameof(DocumentStatus.Classified), (await platform.Documents.GetAsync(id))!.Status);
    }

    [Fact]
    public async Task ClassifyFailsTheDocumentWithTheReason_When_StorageRefusesAWrite()
    {
        // Arrange
        var id = await ClassifyingDocumentAsync(nameof(ClassifyFailsTheDocumentWithTheReason_When_StorageRefusesAWrite));
        _relay.RefuseNextWriteWith(400);

        // Act
        var outcome = await Step().RunAsync(PipelineMessages.Serialize(new ClassifyWorkItem(id, 0, 0, 3)));

        // Assert: failed at once, not after every retry, with a reason a person can act on, and portals told.
        Assert.Equal(StepOutcome.Failed, outcome);
        var document = await platform.Documents.GetAsync(id);
        Assert.Equal(nameof(DocumentStatus.Failed), document!.Status);
        Assert.StartsWith("Storage refused to keep this document's data (400", document.FailureReason);
        Assert.Single(_relay.QueuedEvents(PlatformEvent.DocumentFailed, id));
    }

    /// <summary>The host's step, except that paragraphs, the failure and its event go through the relay.</summary>
    private ClassifyWorkItemStep Step()
    {
        var relayed = new DocumentFailures(
            new DocumentStore(_relay.Storage), new NotificationPublisher(new PipelineQueue(_relay.Storage)), platform.Platform.Services.GetRequiredService<TimeProvider>());
        return ActivatorUtilities.CreateInstance<ClassifyWorkItemStep>(platform.Platform.Services, new ParagraphStore(_relay.Storage), relayed);
    }

    /// <summary>A document of one work item of three paragraphs, nothing of it queued, so only the test runs its item.</summary>
    private async Task<string> ClassifyingDocumentAsync(string test)
    {
        var id = DocumentId.FromContent(Encoding.UTF8.GetBytes($"{test} {Guid.NewGuid()}"));
        Assert.True(await platform.Documents.TryAddAsync(new DocumentEntity
        {
            PartitionKey = id, BlobName = $"2166/TEST/{id}.md", FileName = $"{id}.md", StatusValue = DocumentStatus.Classifying,
            Year = 2166, Language = "en", ParagraphCount = 3, WorkItemCount = 1, ReceivedAt = DateTimeOffset.UtcNow,
        }));
        await platform.Paragraphs.WriteAsync(Enumerable.Range(0, 3).Select(i => new ParagraphEntity
        {
            PartitionKey = id, RowKey = ParagraphEntity.RowKeyFor(i), Index = i, Kind = "paragraph",
            Text = $"Broadband connectivity reached {i + 1} more rural districts as part of infrastructure work.",
        }));
        return id;
    }
}
