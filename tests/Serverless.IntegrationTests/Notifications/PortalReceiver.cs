using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Serverless.IntegrationTests.Notifications;

/// <summary>
/// A portal's webhook endpoint on loopback that records every post. <c>/hooks</c> accepts, <c>/flaky</c> fails its
/// first post, <c>/broken</c> always answers 503, <c>/drips</c> accepts at once and then sends its answer's body a byte
/// a second for a minute.
/// </summary>
public sealed class PortalReceiver : IAsyncDisposable
{
    private LoopbackServer _server = null!;
    private int _flakyCalls;

    public Uri BaseAddress => _server.BaseAddress;

    public ConcurrentQueue<ReceivedPost> Posts { get; } = new();

    public static async Task<PortalReceiver> StartAsync()
    {
        var receiver = new PortalReceiver();
        receiver._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/hooks", async (HttpRequest request) => await receiver.RecordAsync(request, 200));
            app.MapPost("/flaky", async (HttpRequest request) => await receiver.RecordAsync(request, Interlocked.Increment(ref receiver._flakyCalls) == 1 ? 500 : 200));
            app.MapPost("/broken", async (HttpRequest request) => await receiver.RecordAsync(request, 503));
            app.MapPost("/drips", async (HttpContext context) =>
            {
                await receiver.RecordAsync(context.Request, 200);
                context.Response.StatusCode = 200;
                context.Response.ContentType = "text/plain";
                await context.Response.StartAsync();
                for (var i = 0; i < 60 && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await context.Response.Body.WriteAsync("."u8.ToArray());
                    await context.Response.Body.FlushAsync();
                    await Task.Delay(1000);
                }
            });
        });
        return receiver;
    }

    public async Task<ReceivedPost> WaitForAsync(Func<ReceivedPost, bool> match, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (Posts.FirstOrDefault(match) is { } post)
            {
                return post;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No post {what} arrived; got {Posts.Count} others.");
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task<IResult> RecordAsync(HttpRequest request, int status)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        Posts.Enqueue(new ReceivedPost(request.Path, status, request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body.ToArray()));
        return Results.StatusCode(status);
    }
}

/// <summary>One post as the portal saw it, and what it answered.</summary>
public sealed record ReceivedPost(string Path, int AnsweredStatus, IReadOnlyDictionary<string, string> Headers, byte[] Body);
