using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Serverless.IntegrationTests.Notifications;

/// <summary>
/// A portal's webhook endpoint on loopback that records every post. <c>/hooks</c> accepts, <c>/flaky</c> fails its
/// first post, <c>/broken</c> always answers 503.
/// </summary>
public sealed class PortalReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _flakyCalls;

    private PortalReceiver(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public ConcurrentQueue<ReceivedPost> Posts { get; } = new();

    public static async Task<PortalReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new PortalReceiver(app);
        app.MapPost("/hooks", async (HttpRequest request) => await receiver.RecordAsync(request, 200));
        app.MapPost("/flaky", async (HttpRequest request) => await receiver.RecordAsync(request, Interlocked.Increment(ref receiver._flakyCalls) == 1 ? 500 : 200));
        app.MapPost("/broken", async (HttpRequest request) => await receiver.RecordAsync(request, 503));
        await app.StartAsync();
        receiver.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

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
