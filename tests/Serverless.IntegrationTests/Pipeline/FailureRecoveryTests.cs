using System.Collections.Concurrent;
using System.Text;
using System.Xml.Linq;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
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
    public async Task MarkingAFailedDocumentFailedAgain_ForTheSameReason_KeepsTheReason_AndQueuesOnlyItsDeliveryId()
    {
        // Arrange
        var id = await AddDocumentAsync(DocumentStatus.Received, nameof(MarkingAFailedDocumentFailedAgain_ForTheSameReason_KeepsTheReason_AndQueuesOnlyItsDeliveryId));
        var failures = Failures();
        Assert.True(await failures.MarkFailedAsync(id, Reason));

        // Act: what a redelivered poison message does, as it calls MarkFailedAsync again without looking.
        await failures.MarkFailedAsync(id, Reason);

        // Assert: whether or not the event is queued again, portals can only ever see the one delivery id.
        var document = await platform.Documents.GetAsync(id);
        Assert.Equal(nameof(DocumentStatus.Failed), document!.Status);
        Assert.Equal(Reason, document.FailureReason);
        var events = _relay.QueuedEvents(PlatformEvent.DocumentFailed, id);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(DeliveryIdOf(id, Reason), e.Id));
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
        new(new DocumentStore(_relay.Storage), new NotificationPublisher(_relay.Storage), platform.Platform.Services.GetRequiredService<TimeProvider>());

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

/// <summary>
/// Stands between storage clients and the test Azurite's queue and table services and passes requests on
/// unchanged (the shared-key signature covers the path, not the host). It records the events that reach the
/// notifications queue, and can play a process that stops right after one of its writes reaches storage.
/// </summary>
internal sealed class StorageRelay : IAsyncDisposable
{
    private const int Running = 0, StopAfterWrite = 1, Stopped = 2;

    private static readonly HashSet<string> NotRelayedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Connection", "Keep-Alive", "Transfer-Encoding", "Expect",
    };

    private readonly HttpClient _upstream = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false });
    private readonly ConcurrentQueue<PlatformEvent> _queued = new();
    private LoopbackServer _queues = null!;
    private LoopbackServer _tables = null!;
    private int _state;

    private StorageRelay()
    {
    }

    /// <summary>Clients of the same account whose queue and table requests go through the relay (blobs go direct).</summary>
    public StorageClients Storage { get; private set; } = null!;

    public static async Task<StorageRelay> StartAsync(string connectionString)
    {
        var settings = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Split('=', 2))
            .ToDictionary(s => s[0], s => s[1], StringComparer.OrdinalIgnoreCase);
        var queues = new Uri(settings["QueueEndpoint"]);
        var tables = new Uri(settings["TableEndpoint"]);

        var relay = new StorageRelay();
        relay._queues = await LoopbackServer.StartAsync(app => app.Run(context => relay.RelayAsync(context, queues, isQueue: true)));
        relay._tables = await LoopbackServer.StartAsync(app => app.Run(context => relay.RelayAsync(context, tables, isQueue: false)));
        settings["QueueEndpoint"] = Through(relay._queues, queues);
        settings["TableEndpoint"] = Through(relay._tables, tables);
        relay.Storage = new StorageClients(new StorageOptions { ConnectionString = string.Join(';', settings.Select(s => $"{s.Key}={s.Value}")) });
        return relay;

        static string Through(LoopbackServer server, Uri endpoint) => new Uri(server.BaseAddress, endpoint.AbsolutePath).ToString().TrimEnd('/');
    }

    /// <summary>The next write goes through; from then on every request is refused, as if the process had stopped.</summary>
    public void StopAfterNextWrite() => Volatile.Write(ref _state, StopAfterWrite);

    /// <summary>A fresh process: requests go through again.</summary>
    public void Resume() => Volatile.Write(ref _state, Running);

    /// <summary>The events of this type about this subject that reached the notifications queue, oldest first.</summary>
    public IReadOnlyList<PlatformEvent> QueuedEvents(string type, string subject) =>
        _queued.Where(e => e.Type == type && e.Subject == subject).ToList();

    public async ValueTask DisposeAsync()
    {
        await _queues.DisposeAsync();
        await _tables.DisposeAsync();
        _upstream.Dispose();
    }

    private async Task RelayAsync(HttpContext context, Uri endpoint, bool isQueue)
    {
        if (Volatile.Read(ref _state) == Stopped)
        {
            // A client error, which the storage clients do not retry: the run ends here.
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        using var forwarded = new HttpRequestMessage(new HttpMethod(request.Method), endpoint.GetLeftPart(UriPartial.Authority) + target);
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        if (body.Length > 0 || request.ContentType is not null)
        {
            forwarded.Content = new ByteArrayContent(body.ToArray());
        }

        foreach (var (name, values) in request.Headers.Where(h => !NotRelayedHeaders.Contains(h.Key)))
        {
            if (!forwarded.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                forwarded.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        using var response = await _upstream.SendAsync(forwarded, context.RequestAborted);
        var content = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
        if (IsWrite(request.Method) && response.IsSuccessStatusCode)
        {
            if (isQueue && request.Path.Value!.EndsWith($"/{StorageNames.NotificationsQueue}/messages", StringComparison.Ordinal))
            {
                _queued.Enqueue(EventIn(body.ToArray()));
            }

            Interlocked.CompareExchange(ref _state, Stopped, StopAfterWrite);
        }

        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers).Where(h => !NotRelayedHeaders.Contains(h.Key)))
        {
            context.Response.Headers[name] = values.ToArray();
        }

        if (content.Length > 0)
        {
            await context.Response.Body.WriteAsync(content, context.RequestAborted);
        }
    }

    private static bool IsWrite(string method) => !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method);

    // <QueueMessage><MessageText>base64 of the JSON</MessageText></QueueMessage>, as StorageClients encodes it.
    private static PlatformEvent EventIn(byte[] body)
    {
        var text = XDocument.Load(new MemoryStream(body)).Descendants("MessageText").Single().Value;
        return PipelineMessages.TryParse<PlatformEvent>(Encoding.UTF8.GetString(Convert.FromBase64String(text)))
               ?? throw new InvalidOperationException($"Not an event on the notifications queue: {text}");
    }
}
