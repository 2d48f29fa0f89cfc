using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serverless.Shared.Downloads;
using Serverless.Shared.Notifications;
using Serverless.Shared.Outbound;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Outbound;

/// <summary>
/// Allowed host names that resolve to the platform's own network. The resolver seam makes allowed names
/// (<c>documents.un.org</c>, <c>portal.example.org</c>) point at a real loopback server, over real HTTP; the
/// clients are the platform's own (<see cref="DownloadServiceCollectionExtensions.AddDocumentDownloads"/>,
/// <see cref="NotificationServiceCollectionExtensions.AddNotifications"/>).
/// </summary>
public sealed class PublicAddressTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private int _requests;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync(app =>
    {
        app.MapGet("/note.txt", () => { Interlocked.Increment(ref _requests); return "Paragraph one.\n\nParagraph two."; });
        app.MapGet("/hop", (HttpContext context) =>
        {
            Interlocked.Increment(ref _requests);
            context.Response.Redirect($"http://intranet.un.org:{_server.BaseAddress.Port}/note.txt");
        });
        app.MapPost("/hooks", () => { Interlocked.Increment(ref _requests); return Results.Ok(); });
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task RefusesADownload_When_AnAllowedNameResolvesToLoopback()
    {
        using var services = Services(new() { ["documents.un.org"] = IPAddress.Loopback });

        var refused = await Assert.ThrowsAsync<DocumentDownloadException>(() =>
            services.GetRequiredService<DocumentDownloader>().DownloadAsync(Link("documents.un.org", "note.txt"), 1024 * 1024, CancellationToken.None));

        Assert.Equal(DownloadFailure.NotAllowed, refused.Failure);
        Assert.Contains("resolves to a private or reserved network address", refused.Message);
        Assert.Equal(0, _requests);
    }

    [Fact]
    public async Task Downloads_When_TheLoopbackNetworkIsExplicitlyAllowed()
    {
        // The same call with the network allowed reaches the server: the refusal above is the address check, not a broken seam.
        using var services = Services(new() { ["documents.un.org"] = IPAddress.Loopback }, allowLoopback: true);

        var document = await services.GetRequiredService<DocumentDownloader>().DownloadAsync(Link("documents.un.org", "note.txt"), 1024 * 1024, CancellationToken.None);

        Assert.Equal("note.txt", document.FileName);
        Assert.Equal(1, _requests);
    }

    [Fact]
    public async Task RefusesARedirect_When_ItsAllowedNameResolvesToAPrivateAddress()
    {
        using var services = Services(new() { ["documents.un.org"] = IPAddress.Loopback, ["intranet.un.org"] = IPAddress.Parse("10.0.0.7") }, allowLoopback: true);

        var refused = await Assert.ThrowsAsync<DocumentDownloadException>(() =>
            services.GetRequiredService<DocumentDownloader>().DownloadAsync(Link("documents.un.org", "hop"), 1024 * 1024, CancellationToken.None));

        Assert.Equal(DownloadFailure.NotAllowed, refused.Failure);
        Assert.Contains("redirects to 'intranet.un.org'", refused.Message);
        Assert.Equal(1, _requests);
    }

    [Fact]
    public async Task RefusesAWebhook_When_ThePortalNameResolvesToLoopback()
    {
        using var services = Services(new() { ["portal.example.org"] = IPAddress.Loopback });
        var subscription = new SubscriptionEntity { RowKey = "s1", Url = Link("portal.example.org", "hooks").AbsoluteUri, Secret = "secret" };

        var failure = await services.GetRequiredService<WebhookSender>().SendAsync(
            PlatformEvent.Create(PlatformEvent.DocumentClassified, "doc", "v1", "/api/documents/doc", DateTimeOffset.UtcNow), subscription, CancellationToken.None);

        Assert.NotNull(failure);
        Assert.Contains("public addresses only", failure);
        Assert.Equal(0, _requests);
    }

    [Fact]
    public async Task SaysNothingOfPorts_When_AHostCannotBeReached()
    {
        // A public address (TEST-NET is refused, so a real public one) on a port nothing listens on, through the loopback
        // network allowed: the answer must not tell a closed port from an open one.
        using var services = Services(new() { ["documents.un.org"] = IPAddress.Loopback }, allowLoopback: true);
        var closedPort = FreePort();

        var failed = await Assert.ThrowsAsync<DocumentDownloadException>(() =>
            services.GetRequiredService<DocumentDownloader>().DownloadAsync(new Uri($"http://documents.un.org:{closedPort}/x.txt"), 1024, CancellationToken.None));

        Assert.Equal(DownloadFailure.Unreachable, failed.Failure);
        Assert.DoesNotContain(closedPort.ToString(), failed.Message);
        Assert.DoesNotContain("refused", failed.Message, StringComparison.OrdinalIgnoreCase);
    }

    private Uri Link(string host, string path) => new($"http://{host}:{_server.BaseAddress.Port}/{path}");

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static ServiceProvider Services(Dictionary<string, IPAddress> names, bool allowLoopback = false)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Downloads:AllowedHosts:0"] = "*.un.org",
            ["Downloads:AttemptTimeoutSeconds"] = "2",
            ["Downloads:TotalTimeoutSeconds"] = "5",
            ["Downloads:MaxRetries"] = "1",
            ["Downloads:RetryDelayMilliseconds"] = "50",
            ["Notifications:AllowedHosts:0"] = "portal.example.org",
            ["Notifications:AttemptTimeoutSeconds"] = "2",
            ["Notifications:TotalTimeoutSeconds"] = "5",
            ["Notifications:MaxRetries"] = "1",
            ["Notifications:RetryDelayMilliseconds"] = "50",
        };
        if (allowLoopback)
        {
            settings["Downloads:AllowedNetworks:0"] = "127.0.0.1/32";
            settings["Notifications:AllowedNetworks:0"] = "127.0.0.1/32";
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton<IOutboundResolver>(new FixedResolver(names));
        services.AddLogging();
        services.AddDocumentDownloads().AddNotifications();
        return services.BuildServiceProvider();
    }

    /// <summary>A DNS that answers what the test says, and nothing for other names.</summary>
    private sealed class FixedResolver(Dictionary<string, IPAddress> names) : IOutboundResolver
    {
        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
            names.TryGetValue(host, out var address)
                ? Task.FromResult(new[] { address })
                : throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound);
    }
}
