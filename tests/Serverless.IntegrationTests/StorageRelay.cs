using System.Collections.Concurrent;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Serverless.Shared.Notifications;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests;

/// <summary>
/// Stands between storage clients and the test Azurite's queue and table services (and, when asked, its blob service) and passes requests on
/// unchanged (the shared-key signature covers the path, not the host). It records the events that reach the
/// notifications queue, and can play a process that stops right after one of its writes reaches storage.
/// </summary>
internal sealed class StorageRelay : IAsyncDisposable
{
    private const int Running = 0, StopAfterWrite = 1, Stopped = 2, RefuseNextWrite = 3, RefuseAll = 4;

    private static readonly HashSet<string> NotRelayedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Connection", "Keep-Alive", "Transfer-Encoding", "Expect",
    };

    private readonly HttpClient _upstream = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false });
    private readonly ConcurrentQueue<PlatformEvent> _queued = new();
    private LoopbackServer _queues = null!;
    private LoopbackServer _tables = null!;
    private LoopbackServer? _blobs;
    private int _state;
    private int _refusal;

    private StorageRelay()
    {
    }

    /// <summary>Clients of the same account whose queue and table requests go through the relay (blobs too when asked).</summary>
    public StorageClients Storage { get; private set; } = null!;

    /// <param name="relayBlobs">Blob requests go through the relay too (stored paragraphs and labels are blobs); else they go direct.</param>
    public static async Task<StorageRelay> StartAsync(string connectionString, bool relayBlobs = false)
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
        if (relayBlobs)
        {
            var blobs = new Uri(settings["BlobEndpoint"]);
            relay._blobs = await LoopbackServer.StartAsync(app => app.Run(context => relay.RelayAsync(context, blobs, isQueue: false)));
            settings["BlobEndpoint"] = Through(relay._blobs, blobs);
        }

        relay.Storage = new StorageClients(new StorageOptions { ConnectionString = string.Join(';', settings.Select(s => $"{s.Key}={s.Value}")) });
        return relay;

        static string Through(LoopbackServer server, Uri endpoint) => new Uri(server.BaseAddress, endpoint.AbsolutePath).ToString().TrimEnd('/');
    }

    /// <summary>The next write goes through; from then on every request is refused, as if the process had stopped.</summary>
    public void StopAfterNextWrite() => Volatile.Write(ref _state, StopAfterWrite);

    /// <summary>The next write is answered with <paramref name="status"/> without reaching storage; then requests pass again.</summary>
    public void RefuseNextWriteWith(int status)
    {
        Volatile.Write(ref _refusal, status);
        Volatile.Write(ref _state, RefuseNextWrite);
    }

    /// <summary>Every request is answered with <paramref name="status"/> (a storage outage) until <see cref="Resume"/>.</summary>
    public void RefuseAllWith(int status)
    {
        Volatile.Write(ref _refusal, status);
        Volatile.Write(ref _state, RefuseAll);
    }

    /// <summary>A fresh process: requests go through again.</summary>
    public void Resume() => Volatile.Write(ref _state, Running);

    /// <summary>The events of this type about this subject that reached the notifications queue, oldest first.</summary>
    public IReadOnlyList<PlatformEvent> QueuedEvents(string type, string subject) =>
        _queued.Where(e => e.Type == type && e.Subject == subject).ToList();

    public async ValueTask DisposeAsync()
    {
        await _queues.DisposeAsync();
        await _tables.DisposeAsync();
        if (_blobs is not null)
        {
            await _blobs.DisposeAsync();
        }

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
        if (Volatile.Read(ref _state) == RefuseAll ||
            (IsWrite(request.Method) && Interlocked.CompareExchange(ref _state, Running, RefuseNextWrite) == RefuseNextWrite))
        {
            context.Response.StatusCode = Volatile.Read(ref _refusal);
            return;
        }

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
