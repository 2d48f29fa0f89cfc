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
        app.MapGet("/cut-short.txt", async (HttpContext context, string key) =>
        {
            // Declares more than it sends, then drops the connection, as a host that stops mid-way.
            Count(key);
            context.Response.ContentLength = 100_000;
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(Contribution(key)), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(500, context.RequestAborted);
            context.Abort();
        });
        app.MapGet("/inflating.txt", async (HttpContext context, string key) =>
        {
            // A few kilobytes of gzip that inflate to forty times the limit, with its compressed length declared.
            Count(key);
            using var compressed = new MemoryStream();
            using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
            {
                var zeros = new byte[1 << 20];
                for (var i = 0; i < tooLargeBytes * 40 / zeros.Length; i++)
                {
                    gzip.Write(zeros);
                }
            }

            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "text/plain";
            context.Response.ContentLength = compressed.Length;
            await context.Response.Body.WriteAsync(compressed.ToArray(), context.RequestAborted);
        });
        app.MapGet("/redirect-loop", (string key) => { Count(key); return Results.Redirect($"/redirect-loop?key={key}"); });
        app.MapGet("/redirect-metadata", (string key) => { Count(key); return Results.Redirect("http://169.254.169.254/latest/meta-data/"); });
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
