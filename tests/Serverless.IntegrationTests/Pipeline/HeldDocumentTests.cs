using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Documents;
using Serverless.Shared.Notifications;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Pipeline;

/// <summary>
/// A work item that carries its document's row as intake wrote it (<see cref="HeldDocument"/>) classifies without
/// reading the row, and still does the right thing when the row changed before it ran: a reviewer's first correction,
/// a failure, a classification already done. Steps run against the fixture's real Azurite; events are seen through a
/// <see cref="StorageRelay"/>.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class HeldDocumentTests(PlatformFixture platform) : IAsyncLifetime
{
    private const int Year = 2165;
    private StorageRelay _relay = null!;

    public async Task InitializeAsync() => _relay = await StorageRelay.StartAsync(platform.Platform.StorageConnectionString);

    public Task DisposeAsync() => _relay.DisposeAsync().AsTask();

    private YearIndexStore Index => platform.Platform.Services.GetRequiredService<YearIndexStore>();

    [Fact]
    public async Task ClassifiesWithoutReadingTheRow_When_TheRowIsAsIntakeWroteIt()
    {
        // Arrange
        var (id, message) = await ClassifyingDocumentAsync(nameof(ClassifiesWithoutReadingTheRow_When_TheRowIsAsIntakeWroteIt));

        // Act
        var outcome = await Step().RunAsync(message);

        // Assert: classified, indexed, announced once; the columns intake wrote are still there (a merge, not a replace).
        Assert.Equal(StepOutcome.Done, outcome);
        var document = (await platform.Documents.GetAsync(id))!;
        Assert.Equal(nameof(DocumentStatus.Classified), document.Status);
        Assert.Equal(1, document.WorkItemsDone);
        Assert.Equal("en", document.Language);
        Assert.Equal($"{id}.md", document.FileName);
        Assert.NotNull(await Index.GetAsync(Year, id));
        Assert.Single(_relay.QueuedEvents(PlatformEvent.DocumentClassified, id));
    }

    [Fact]
    public async Task ClassifiesAgainFromTheRow_When_AReviewerCorrectedAParagraphBeforeTheItemRan()
    {
        // Arrange: after intake queued the item, a reviewer puts paragraph 0 on C11 (the classifier would not).
        var (id, message) = await ClassifyingDocumentAsync(nameof(ClassifiesAgainFromTheRow_When_AReviewerCorrectedAParagraphBeforeTheItemRan));
        await platform.Documents.UpdateAsync(id, d => { d.HasCorrections = true; return true; });
        await platform.Paragraphs.WriteCorrectionAsync(id, 0, new ParagraphEntity
        {
            PartitionKey = id, Index = 0, ReviewedActionLines = "C11", ReviewedBy = "reviewer", ReviewedAt = DateTimeOffset.UtcNow,
        });

        // Act
        await Step().RunAsync(message);

        // Assert: the index holds the reviewer's line for paragraph 0, so the work was redone with the corrections.
        Assert.Equal(nameof(DocumentStatus.Classified), (await platform.Documents.GetAsync(id))!.Status);
        var row = (await Index.GetAsync(Year, id))!;
        Assert.Contains(0, row.Matching(["C11"], null));
        Assert.Single(_relay.QueuedEvents(PlatformEvent.DocumentClassified, id));
    }

    [Fact]
    public async Task LeavesNoIndexRowAndNoEvent_When_TheDocumentFailedBeforeTheItemRan()
    {
        // Arrange
        var (id, message) = await ClassifyingDocumentAsync(nameof(LeavesNoIndexRowAndNoEvent_When_TheDocumentFailedBeforeTheItemRan));
        await platform.Documents.UpdateAsync(id, d => { d.StatusValue = DocumentStatus.Failed; d.FailureReason = "test"; return true; });

        // Act
        await Step().RunAsync(message);

        // Assert
        var document = (await platform.Documents.GetAsync(id))!;
        Assert.Equal(nameof(DocumentStatus.Failed), document.Status);
        Assert.Equal("test", document.FailureReason);
        Assert.Null(await Index.GetAsync(Year, id));
        Assert.Empty(_relay.QueuedEvents(PlatformEvent.DocumentClassified, id));
    }

    [Fact]
    public async Task QueuesTheSameEventAgainAndKeepsTheRow_When_TheItemIsDeliveredAgainAfterTheDocumentIsClassified()
    {
        // Arrange: the item ran once (the document is classified), then comes back.
        var (id, message) = await ClassifyingDocumentAsync(nameof(QueuesTheSameEventAgainAndKeepsTheRow_When_TheItemIsDeliveredAgainAfterTheDocumentIsClassified));
        await Step().RunAsync(message);
        var classified = (await platform.Documents.GetAsync(id))!;

        // Act
        await Step().RunAsync(message);

        // Assert: two copies of one event (portals get it once, by its id); the row as the first run left it.
        var events = _relay.QueuedEvents(PlatformEvent.DocumentClassified, id);
        Assert.Equal(2, events.Count);
        Assert.Single(events.Select(e => e.Id).Distinct());
        var after = (await platform.Documents.GetAsync(id))!;
        Assert.Equal(classified.ETag, after.ETag);
        Assert.Equal(nameof(DocumentStatus.Classified), after.Status);
    }

    [Fact]
    public async Task KeepsTheDocumentInItsCorrectedYearOnly_When_TheItemIsDeliveredAgainAfterAYearCorrection()
    {
        // Arrange: classified, then a person moves it to another year and entity; then the item comes back.
        const int correctedYear = 2187;
        var (id, message) = await ClassifyingDocumentAsync(nameof(KeepsTheDocumentInItsCorrectedYearOnly_When_TheItemIsDeliveredAgainAfterAYearCorrection));
        await Step().RunAsync(message);
        var corrector = platform.Platform.Services.GetRequiredService<DocumentCorrector>();
        await corrector.CorrectAsync(id, correctedYear, "ITU", "reviewer", null);

        // Act
        await Step().RunAsync(message);

        // Assert: before, the copy wrote the index row again under the year and entity it carried, so the document stood
        // in both years' paragraph queries.
        Assert.Null(await Index.GetAsync(Year, id));
        var row = (await Index.GetAsync(correctedYear, id))!;
        Assert.Equal("ITU", row.Entity);
        Assert.Equal(correctedYear, (await platform.Documents.GetAsync(id))!.Year);
    }

    [Fact]
    public async Task LeavesNoIndexRow_When_TheDocumentRowWasDeletedBeforeTheItemRan()
    {
        // Arrange: the row deleted with a storage tool after intake queued the item.
        var (id, message) = await ClassifyingDocumentAsync(nameof(LeavesNoIndexRow_When_TheDocumentRowWasDeletedBeforeTheItemRan));
        await platform.Storage.Table(StorageNames.DocumentsTable).DeleteEntityAsync(id, DocumentEntity.Row);

        // Act
        var outcome = await Step().RunAsync(message);

        // Assert: before, the merge of the item's progress met a 404, which ended the step as "storage refused", and the
        // labels' index row stayed for a document that no longer exists (found by the year's queries).
        Assert.Equal(StepOutcome.Done, outcome);
        Assert.Null(await Index.GetAsync(Year, id));
        Assert.Empty(_relay.QueuedEvents(PlatformEvent.DocumentClassified, id));
    }

    [Fact]
    public async Task IngestsTheUploadAgain_When_TheParagraphsTheItemPointsAtAreNotStored()
    {
        // Arrange: a row intake turned Classifying and its upload, but no paragraphs blob (storage lost it in a crash).
        var content = Encoding.UTF8.GetBytes(SampleTexts.Contribution("lost paragraphs " + Guid.NewGuid()));
        var id = DocumentId.FromContent(content);
        var blobName = $"{Year}/TEST/lost-{id[..8]}.md";
        var row = new DocumentEntity
        {
            PartitionKey = id, BlobName = blobName, FileName = "lost.md", StatusValue = DocumentStatus.Classifying, Year = Year,
            Language = "en", ParagraphCount = 3, WorkItemCount = 1, ReceivedAt = DateTimeOffset.UtcNow,
        };
        Assert.True(await platform.Documents.TryAddAsync(row));
        await platform.Storage.Container(StorageNames.IncomingContainer).GetBlobClient(blobName).UploadAsync(new BinaryData(content));

        // Act
        await Step().RunAsync(PipelineMessages.Serialize(new ClassifyWorkItem(id, 0, 0, 3, HeldDocument.From(row))));

        // Assert: ingested again and classified by the host, with every paragraph the upload has stored.
        var document = await platform.WaitForFinalStatusAsync(id);
        Assert.Equal(nameof(DocumentStatus.Classified), document.Status);
        var stored = await platform.Paragraphs.ReadAllAsync(id);
        Assert.True(stored.Count > 0);
        Assert.Equal(document.ParagraphCount, stored.Count);
    }

    /// <summary>The host's step, with its events queued through the relay.</summary>
    private ClassifyWorkItemStep Step() =>
        ActivatorUtilities.CreateInstance<ClassifyWorkItemStep>(platform.Platform.Services, new NotificationPublisher(new PipelineQueue(_relay.Storage)));

    /// <summary>A document as intake leaves it (Classifying, three paragraphs stored) and its one work item carrying the row.</summary>
    private async Task<(string Id, string Message)> ClassifyingDocumentAsync(string test)
    {
        var id = DocumentId.FromContent(Encoding.UTF8.GetBytes($"{test} {Guid.NewGuid()}"));
        var row = new DocumentEntity
        {
            PartitionKey = id,
            BlobName = $"{Year}/TEST/{id}.md",
            FileName = $"{id}.md",
            StatusValue = DocumentStatus.Classifying,
            Year = Year,
            Language = "en",
            ParagraphCount = 3,
            WorkItemCount = 1,
            ReceivedAt = DateTimeOffset.UtcNow,
        };
        Assert.True(await platform.Documents.TryAddAsync(row));
        await platform.Paragraphs.WriteAsync(Enumerable.Range(0, 3).Select(i => new ParagraphEntity
        {
            PartitionKey = id,
            RowKey = ParagraphEntity.RowKeyFor(i),
            Index = i,
            Text = $"Broadband connectivity reached {i + 1} more rural districts as part of infrastructure work.",
            Kind = "paragraph",
        }));
        return (id, PipelineMessages.Serialize(new ClassifyWorkItem(id, 0, 0, 3, HeldDocument.From(row))));
    }
}
