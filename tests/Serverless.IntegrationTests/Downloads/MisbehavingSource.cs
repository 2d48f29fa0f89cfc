using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Serverless.IntegrationTests.Downloads;

/// <summary>
/// A document host on loopback that misbehaves on purpose: fails before it succeeds, answers too slowly, sends too
/// much, redirects away, or names its file. Each <c>key</c> query value counts its own attempts, so tests do not interfere.
/// </summary>
public sealed class MisbehavingSource : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _attempts = new();
    private LoopbackServer _server = null!;

    public Uri BaseAddress => _server.BaseAddress;

    public int AttemptsFor(string key) => _attempts.GetValueOrDefault(key);

    public static async Task<MisbehavingSource> StartAsync(long tooLargeBytes)
    {
        var source = new MisbehavingSource();
        source._server = await LoopbackServer.StartAsync(app => source.Map(app, tooLargeBytes));
        return source;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private void Map(WebApplication app, long tooLargeBytes)
    {
        // 503 twice, then the document: the retries must get it.
        app.MapGet("/flaky/{name}", (string name, string key) =>
            Count(key) <= 2 ? Results.StatusCode(503) : Results.Text(Contribution(key), "text/markdown"));
        app.MapGet("/missing.pdf", (string key) => { Count(key); return Results.NotFound(); });
        app.MapGet("/slow.txt", async (string key, CancellationToken aborted) =>
        {
            Count(key);
            await Task.Delay(TimeSpan.FromSeconds(60), aborted);
            return Results.Text("too late");
        });
        app.MapGet("/declared-huge.txt", (string key) => { Count(key); return Results.Bytes(new byte[tooLargeBytes + 1], "text/plain"); });
        app.MapGet("/endless.txt", async (HttpContext context, string key) =>
        {
            // No Content-Length: only counting while reading can stop this one.
            Count(key);
            var line = Encoding.UTF8.GetBytes(new string('x', 1023) + "\n");
            for (long sent = 0; sent <= tooLargeBytes * 4 && !context.RequestAborted.IsCancellationRequested; sent += line.Length)
            {
                await context.Response.Body.WriteAsync(line, context.RequestAborted);
            }
        });
        app.MapGet("/redirect-away", (string key) => { Count(key); return Results.Redirect("http://intranet.invalid/secrets.pdf"); });
        app.MapGet("/redirect-home", (string key) => Results.Redirect($"/named?key={key}"));
        app.MapGet("/named", (HttpContext context, string key) =>
        {
            Count(key);
            context.Response.Headers.ContentDisposition = "attachment; filename=\"itu-contribution.md\"";
            return Results.Text(Contribution(key), "text/markdown");
        });
    }

    private static string Contribution(string key) =>
        $"# Contribution {key}\n\n1. Broadband connectivity reached rural schools through community networks.\n\n" +
        "2. Training programmes in digital skills were offered to civil servants.\n";

    private int Count(string key) => _attempts.AddOrUpdate(key, 1, (_, n) => n + 1);
}
