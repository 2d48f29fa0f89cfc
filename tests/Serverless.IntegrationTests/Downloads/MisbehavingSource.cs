using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Serverless.IntegrationTests.Downloads;

/// <summary>
/// A document host on loopback that misbehaves on purpose: fails before it succeeds, answers too slowly, sends too
/// much, redirects away, or names its file. Each <c>key</c> query value counts its own attempts, so tests do not interfere.
/// </summary>
public sealed class MisbehavingSource : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _attempts = new();

    private MisbehavingSource(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public int AttemptsFor(string key) => _attempts.GetValueOrDefault(key);

    public static async Task<MisbehavingSource> StartAsync(long tooLargeBytes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var source = new MisbehavingSource(app);

        // 503 twice, then the document: the retries must get it.
        app.MapGet("/flaky/{name}", (string name, string key) =>
            source.Count(key) <= 2 ? Results.StatusCode(503) : Results.Text(Contribution(key), "text/markdown"));
        app.MapGet("/missing.pdf", (string key) => { source.Count(key); return Results.NotFound(); });
        app.MapGet("/slow.txt", async (string key, CancellationToken aborted) =>
        {
            source.Count(key);
            await Task.Delay(TimeSpan.FromSeconds(60), aborted);
            return Results.Text("too late");
        });
        app.MapGet("/declared-huge.txt", (string key) => { source.Count(key); return Results.Bytes(new byte[tooLargeBytes + 1], "text/plain"); });
        app.MapGet("/endless.txt", async (HttpContext context, string key) =>
        {
            // No Content-Length: only counting while reading can stop this one.
            source.Count(key);
            var line = Encoding.UTF8.GetBytes(new string('x', 1023) + "\n");
            for (long sent = 0; sent <= tooLargeBytes * 4 && !context.RequestAborted.IsCancellationRequested; sent += line.Length)
            {
                await context.Response.Body.WriteAsync(line, context.RequestAborted);
            }
        });
        app.MapGet("/redirect-away", (string key) => { source.Count(key); return Results.Redirect("http://intranet.invalid/secrets.pdf"); });
        app.MapGet("/redirect-home", (string key) => Results.Redirect($"/named?key={key}"));
        app.MapGet("/named", (HttpContext context, string key) =>
        {
            source.Count(key);
            context.Response.Headers.ContentDisposition = "attachment; filename=\"itu-contribution.md\"";
            return Results.Text(Contribution(key), "text/markdown");
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        source.BaseAddress = new Uri(address + "/");
        return source;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Contribution(string key) =>
        $"# Contribution {key}\n\n1. Broadband connectivity reached rural schools through community networks.\n\n" +
        "2. Training programmes in digital skills were offered to civil servants.\n";

    private int Count(string key) => _attempts.AddOrUpdate(key, 1, (_, n) => n + 1);
}
