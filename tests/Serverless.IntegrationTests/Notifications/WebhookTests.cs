using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Notifications;
using Serverless.Shared.Pipeline;

namespace Serverless.IntegrationTests.Notifications;

/// <summary>Webhook subscriptions over real HTTP, posting to a loopback portal (the fixture allows 127.0.0.1 over http).</summary>
[Collection(PlatformCollection.Name)]
public sealed class WebhookTests(PlatformFixture platform) : IAsyncLifetime
{
    private readonly List<string> _subscriptions = [];
    private PortalReceiver _portal = null!;

    public async Task InitializeAsync() => _portal = await PortalReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var id in _subscriptions)
        {
            await platform.Http.DeleteAsync($"api/subscriptions/{id}");
        }

        await _portal.DisposeAsync();
    }

    [Fact]
    public async Task PostsASignedClassifiedEvent_When_ADocumentIsClassified()
    {
        var subscription = await SubscribeAsync("hooks", PlatformEvent.DocumentClassified);
        using var upload = await platform.Http.PostAsync(
            "api/documents?name=webhook.md&year=2155",
            new StringContent(SampleTexts.Contribution(nameof(PostsASignedClassifiedEvent_When_ADocumentIsClassified)), Encoding.UTF8));
        var accepted = await upload.Content.ReadFromJsonAsync<UploadAccepted>(ApiJson.Options);

        var post = await _portal.WaitForAsync(p => Event(p).Subject == accepted!.Id, $"for document {accepted!.Id}");

        var received = Event(post);
        Assert.Equal(PlatformEvent.DocumentClassified, received.Type);
        Assert.Equal($"/api/documents/{accepted.Id}", received.Url);
        Assert.Equal(PlatformEvent.DocumentClassified, post.Headers[WebhookSender.EventHeader]);
        Assert.Equal(received.Id, post.Headers[WebhookSender.DeliveryHeader]);
        Assert.True(WebhookSignature.IsValid(subscription.Secret, post.Body, post.Headers[WebhookSignature.Header]));
        Assert.False(WebhookSignature.IsValid("another secret", post.Body, post.Headers[WebhookSignature.Header]));
    }

    [Fact]
    public async Task PostsOnceToAPortal_When_TheEventIsDeliveredTwice_AndRetriesAFailedPost()
    {
        await SubscribeAsync("flaky", PlatformEvent.SummaryCompiled);
        var step = platform.Platform.Services.GetRequiredService<DeliverNotificationStep>();
        var message = PipelineMessages.Serialize(PlatformEvent.Create(PlatformEvent.SummaryCompiled, "2156", "v1", "/api/summaries/2156", DateTimeOffset.UtcNow));

        Assert.Equal(StepOutcome.Done, await step.RunAsync(message));
        Assert.Equal(StepOutcome.Done, await step.RunAsync(message));

        var flaky = _portal.Posts.Where(p => p.Path == "/flaky").Select(p => p.AnsweredStatus).ToArray();
        Assert.Equal([500, 200], flaky);
    }

    [Fact]
    public async Task ShowsTheFailureOnTheSubscription_When_ThePortalKeepsFailing()
    {
        var subscription = await SubscribeAsync("broken", PlatformEvent.DocumentFailed);
        var step = platform.Platform.Services.GetRequiredService<DeliverNotificationStep>();
        var message = PipelineMessages.Serialize(PlatformEvent.Create(PlatformEvent.DocumentFailed, "doc", "empty", "/api/documents/doc", DateTimeOffset.UtcNow));

        Assert.Equal(StepOutcome.Retry, await step.RunAsync(message));

        var listed = await platform.Http.GetFromJsonAsync<SubscriptionView[]>("api/subscriptions", ApiJson.Options);
        var view = Assert.Single(listed!, s => s.Id == subscription.Id);
        Assert.Contains("answered 503", view.LastFailure);
        Assert.NotNull(view.LastFailedAt);
        Assert.Null(view.LastDeliveredAt);
    }

    [Fact]
    public async Task CountsThePostDeliveredAtOnce_When_ThePortalAcceptsItAndThenDripsItsAnswer()
    {
        // A portal accepts with 200 and then sends its answer's body a byte a second, for a minute (or without end, or
        // a gigabyte of it): what it says after the status is never read. Before, the whole body was awaited into
        // memory past every timeout: the post hung for the minute, and after the claim ran out a second copy of the
        // event posted again.
        var subscription = await SubscribeAsync("drips", PlatformEvent.SummaryCompiled);
        var step = platform.Platform.Services.GetRequiredService<DeliverNotificationStep>();
        var message = PipelineMessages.Serialize(PlatformEvent.Create(PlatformEvent.SummaryCompiled, "2157", Guid.NewGuid().ToString(), "/api/summaries/2157", DateTimeOffset.UtcNow));

        var started = System.Diagnostics.Stopwatch.StartNew();
        var outcome = await step.RunAsync(message).WaitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal(StepOutcome.Done, outcome);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"took {started.Elapsed}");
        var listed = await platform.Http.GetFromJsonAsync<SubscriptionView[]>("api/subscriptions", ApiJson.Options);
        Assert.NotNull(Assert.Single(listed!, s => s.Id == subscription.Id).LastDeliveredAt);
        Assert.Single(_portal.Posts, p => p.Path == "/drips");
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/hooks", null, "must be an https address")]
    [InlineData("http://localhost/hooks", null, "is not a host portals may subscribe from")]
    [InlineData("http://127.0.0.1/hooks", "document.deleted", "Unknown event 'document.deleted'")]
    [InlineData("", null, "Send {\"url\"")]
    public async Task Returns400WithAReadableTitle_When_TheSubscriptionIsNotAllowed(string url, string? eventType, string reason)
    {
        using var response = await platform.Http.PostAsJsonAsync("api/subscriptions", new { url, events = eventType is null ? null : new[] { eventType } }, ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ApiProblem>(ApiJson.Options);
        Assert.Contains(reason, problem!.Title);
    }

    [Fact]
    public async Task Unsubscribing_RemovesTheSubscription_AndASecondTimeIs404()
    {
        var subscription = await SubscribeAsync("hooks", PlatformEvent.DocumentFailed);

        Assert.Equal(HttpStatusCode.NoContent, (await platform.Http.DeleteAsync($"api/subscriptions/{subscription.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await platform.Http.DeleteAsync($"api/subscriptions/{subscription.Id}")).StatusCode);
        var listed = await platform.Http.GetFromJsonAsync<SubscriptionView[]>("api/subscriptions", ApiJson.Options);
        Assert.DoesNotContain(listed!, s => s.Id == subscription.Id);
    }

    private async Task<SubscriptionCreated> SubscribeAsync(string path, string eventType)
    {
        using var response = await platform.Http.PostAsJsonAsync(
            "api/subscriptions", new { url = new Uri(_portal.BaseAddress, path), events = new[] { eventType } }, ApiJson.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<SubscriptionCreated>(ApiJson.Options);
        _subscriptions.Add(created!.Id);
        return created;
    }

    private static PlatformEvent Event(ReceivedPost post) => JsonSerializer.Deserialize<PlatformEvent>(post.Body, ApiJson.Options)!;
}
