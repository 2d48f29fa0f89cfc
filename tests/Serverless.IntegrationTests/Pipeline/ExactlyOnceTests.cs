using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serverless.IntegrationTests.Notifications;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Documents;
using Serverless.Shared.Notifications;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Pipeline;

/// <summary>
/// Nothing lost, nothing twice: same-name uploads each keep their bytes, two work items finishing together queue one
/// event, one event handled twice at once posts once, and a document left unfinished is driven on by the
/// reconciliation. Steps run against the fixture's real Azurite; events are seen through a <see cref="StorageRelay"/>.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ExactlyOnceTests(PlatformFixture platform) : IAsyncLifetime
{
    private readonly List<string> _subscriptions = [];
    private StorageRelay _relay = null!;
    private PortalReceiver _portal = null!;

    public async Task InitializeAsync()
    {
        _relay = await StorageRelay.StartAsync(platform.Platform.StorageConnectionString);
        _portal = await PortalReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var id in _subscriptions)
        {
            await platform.Http.DeleteAsync($"api/subscriptions/{id}");
        }

        await _portal.DisposeAsync();
        await _relay.DisposeAsync();
    }

    [Fact]
    public async Task KeepsBothFilesAndClassifiesBoth_When_TwoUploadsShareAName()
    {
        var first = SampleTexts.Contribution("same name, first " + Guid.NewGuid());
        var second = SampleTexts.Contribution("same name, second " + Guid.NewGuid());

        // Back to back, at once: the worst case for a name both want.
        var answers = await Task.WhenAll(Upload(first), Upload(second));

        var accepted = new List<UploadAccepted>();
        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
            accepted.Add((await answer.Content.ReadFromJsonAsync<UploadAccepted>(ApiJson.Options))!);
        }

        Assert.NotEqual(accepted[0].BlobName, accepted[1].BlobName);
        foreach (var (upload, text) in accepted.Zip([first, second]))
        {
            var stored = (await platform.Storage.Container(StorageNames.IncomingContainer).GetBlobClient(upload.BlobName).DownloadContentAsync()).Value.Content.ToString();
            Assert.Equal(text, stored);
            var document = await platform.WaitForFinalStatusAsync(upload.Id);
            Assert.Equal(nameof(DocumentStatus.Classified), document.Status);
            Assert.Equal("same.md", document.FileName);
        }

        Task<HttpResponseMessage> Upload(string text) =>
            platform.Http.PostAsync("api/documents?name=same.md&year=2161&entity=SAME", new StringContent(text, Encoding.UTF8));
    }

    [Fact]
    public async Task ClassifiesOnceUnderOneEventId_When_TheLastWorkItemsFinishTogether()
    {
        // Arrange: a document with two work items, nothing of it queued, so only this test runs its items.
        var id = await ClassifyingDocumentAsync(nameof(ClassifiesOnceUnderOneEventId_When_TheLastWorkItemsFinishTogether), paragraphs: 6, items: 2);
        var step = ActivatorUtilities.CreateInstance<ClassifyWorkItemStep>(platform.Platform.Services, new NotificationPublisher(new PipelineQueue(_relay.Storage)));
        var messages = Enumerable.Range(0, 2).Select(i => PipelineMessages.Serialize(new ClassifyWorkItem(id, i, i * 3, 3))).ToArray();

        // Act: both items, each delivered twice, all at once.
        await Task.WhenAll(messages.Concat(messages).Select(m => Task.Run(() => step.RunAsync(m))));

        // Assert: one classification, so one event id (a copy handled after the document was classified queues the event
        // again under that id, which portals get once).
        var document = await platform.Documents.GetAsync(id);
        Assert.Equal(nameof(DocumentStatus.Classified), document!.Status);
        Assert.NotEmpty(_relay.QueuedEvents(PlatformEvent.DocumentClassified, id));
        Assert.Single(_relay.QueuedEvents(PlatformEvent.DocumentClassified, id).Select(e => e.Id).Distinct());
    }

    [Fact]
    public async Task PostsOnce_When_OneEventIsHandledTwiceAtOnce()
    {
        await SubscribeAsync("hooks", PlatformEvent.SummaryCompiled);
        var step = platform.Platform.Services.GetRequiredService<DeliverNotificationStep>();
        var platformEvent = PlatformEvent.Create(PlatformEvent.SummaryCompiled, "2162", Guid.NewGuid().ToString(), "/api/summaries/2162", DateTimeOffset.UtcNow);
        var message = PipelineMessages.Serialize(platformEvent);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => step.RunAsync(message))));

        Assert.All(outcomes, o => Assert.Equal(StepOutcome.Done, o));
        Assert.Single(_portal.Posts, p => p.Headers[WebhookSender.DeliveryHeader] == platformEvent.Id);
    }

    [Fact]
    public async Task DrivesOnADocumentLeftClassifying_AndFailsOneWhoseBytesAreGone()
    {
        // Arrange: one document whose work items were never queued (the worker stopped after writing its row), one
        // row whose blob does not exist.
        var stuck = await ClassifyingDocumentAsync(nameof(DrivesOnADocumentLeftClassifying_AndFailsOneWhoseBytesAreGone), paragraphs: 6, items: 2);
        var orphan = DocumentId.FromContent(Encoding.UTF8.GetBytes(Guid.NewGuid().ToString()));
        await platform.Documents.TryAddAsync(new DocumentEntity
        {
            PartitionKey = orphan, BlobName = $"2163/GONE/{orphan}.md", FileName = "gone.md", ReceivedAt = DateTimeOffset.UtcNow,
        });
        var options = Options.Create(new PipelineOptions { StuckAfterSeconds = 2, ParagraphsPerWorkItem = 3 });
        var reconcile = ActivatorUtilities.CreateInstance<ReconcileStep>(platform.Platform.Services, options);
        await Task.Delay(TimeSpan.FromSeconds(3));

        // Act: runs until both were handled; a run leaves Classifying documents alone while other tests' work items
        // still wait in the queue.
        int requeued = 0, failed = 0;
        for (var deadline = DateTime.UtcNow.AddSeconds(90); (requeued == 0 || failed == 0) && DateTime.UtcNow < deadline; await Task.Delay(1000))
        {
            var report = await reconcile.RunAsync();
            requeued += report.Requeued;
            failed += report.Failed;
        }

        // Assert: the host's own triggers finish the queued items.
        Assert.True(requeued >= 1 && failed >= 1, $"requeued {requeued}, failed {failed}");
        Assert.Equal(nameof(DocumentStatus.Classified), (await platform.WaitForFinalStatusAsync(stuck)).Status);
        var gone = await platform.WaitForFinalStatusAsync(orphan);
        Assert.Equal(nameof(DocumentStatus.Failed), gone.Status);
        Assert.Contains("not in storage", gone.FailureReason);
    }

    [Fact]
    public async Task QueuesTheClassifiedEventAgainWithItsId_When_AWorkItemOfAClassifiedDocumentIsDeliveredAgain()
    {
        // Arrange: a document classified by a process that stopped before queuing its event, so its work item was not
        // completed and comes back.
        var id = await ClassifyingDocumentAsync(nameof(QueuesTheClassifiedEventAgainWithItsId_When_AWorkItemOfAClassifiedDocumentIsDeliveredAgain), paragraphs: 3, items: 1);
        var classifiedAt = DateTimeOffset.UtcNow;
        await platform.Documents.UpdateAsync(id, d =>
        {
            d.StatusValue = DocumentStatus.Classified;
            d.ClassifiedAt = classifiedAt;
            d.WorkItemsDone = 1;
            return true;
        });
        var before = await platform.Documents.GetAsync(id);
        var step = ActivatorUtilities.CreateInstance<ClassifyWorkItemStep>(platform.Platform.Services, new NotificationPublisher(new PipelineQueue(_relay.Storage)));

        // Act: the item delivered again.
        var outcome = await step.RunAsync(PipelineMessages.Serialize(new ClassifyWorkItem(id, 0, 0, 3)));

        // Assert: the event queued with the id the first run would have given it; the classified row left as it was.
        Assert.Equal(StepOutcome.Done, outcome);
        var queued = Assert.Single(_relay.QueuedEvents(PlatformEvent.DocumentClassified, id));
        Assert.Equal(PlatformEvent.Create(PlatformEvent.DocumentClassified, id, classifiedAt.ToString("O"), "", default).Id, queued.Id);
        Assert.Equal(before!.ETag, (await platform.Documents.GetAsync(id))!.ETag);
    }

    [Fact]
    public async Task LeavesFinalAndRecentDocumentsAlone_When_Reconciling()
    {
        // Arrange: a classified, a failed and a Classifying document, all older than the stuck time, and a Classifying one
        // just written.
        var test = nameof(LeavesFinalAndRecentDocumentsAlone_When_Reconciling);
        var classified = await ClassifyingDocumentAsync(test + " classified", paragraphs: 3, items: 1);
        await platform.Documents.UpdateAsync(classified, d => { d.StatusValue = DocumentStatus.Classified; d.ClassifiedAt = DateTimeOffset.UtcNow; return true; });
        var failed = await ClassifyingDocumentAsync(test + " failed", paragraphs: 3, items: 1);
        await platform.Documents.UpdateAsync(failed, d => { d.StatusValue = DocumentStatus.Failed; d.FailureReason = "test"; return true; });
        var stuck = await ClassifyingDocumentAsync(test + " stuck", paragraphs: 3, items: 1);
        var options = Options.Create(new PipelineOptions { StuckAfterSeconds = 2 });
        await Task.Delay(TimeSpan.FromSeconds(3));
        var recent = await ClassifyingDocumentAsync(test + " recent", paragraphs: 3, items: 1);
        var rows = new Dictionary<string, DocumentEntity?>();
        foreach (var id in new[] { classified, failed, recent })
        {
            rows[id] = await platform.Documents.GetAsync(id);
        }

        // Act: what the timer's query finds.
        var unfinished = await platform.Documents.ListUnfinishedAsync(DateTimeOffset.UtcNow - TimeSpan.FromSeconds(options.Value.StuckAfterSeconds));

        // Assert: only the stuck document is looked at; the others' rows are untouched by a reconciliation run.
        var ids = unfinished.Select(d => d.PartitionKey).ToHashSet();
        Assert.Contains(stuck, ids);
        Assert.DoesNotContain(classified, ids);
        Assert.DoesNotContain(failed, ids);
        Assert.DoesNotContain(recent, ids);
        await ActivatorUtilities.CreateInstance<ReconcileStep>(platform.Platform.Services, options).RunAsync();
        foreach (var (id, row) in rows)
        {
            Assert.Equal(row!.ETag, (await platform.Documents.GetAsync(id))!.ETag);
        }
    }

    private Task<string> ClassifyingDocumentAsync(string test, int paragraphs, int items) =>
        platform.AddClassifyingDocumentAsync(test, year: 2164, paragraphs, items);

    private async Task SubscribeAsync(string path, string eventType)
    {
        using var response = await platform.Http.PostAsJsonAsync(
            "api/subscriptions", new { url = new Uri(_portal.BaseAddress, path), events = new[] { eventType } }, ApiJson.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        _subscriptions.Add((await response.Content.ReadFromJsonAsync<SubscriptionCreated>(ApiJson.Options))!.Id);
    }
}
