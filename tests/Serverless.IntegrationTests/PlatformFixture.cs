using System.Text;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Local.Hosting;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests;

/// <summary>
/// One Azurite (in memory, free loopback ports) and one local host for the whole test collection.
/// Small work items (3 paragraphs) so even short documents exercise several queue messages.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public const long MaxDocumentBytes = 1024 * 1024;

    public const string PortalOrigin = "https://portal.example.org";

    public LocalPlatform Platform { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public StorageClients Storage => Platform.Services.GetRequiredService<StorageClients>();
    public DocumentStore Documents => Platform.Services.GetRequiredService<DocumentStore>();
    public ParagraphStore Paragraphs => Platform.Services.GetRequiredService<ParagraphStore>();

    public async Task InitializeAsync()
    {
        Platform = await LocalPlatform.StartAsync(new LocalHostOptions
        {
            Port = 0,
            Settings = new Dictionary<string, string?>
            {
                ["Pipeline:ParagraphsPerWorkItem"] = "3",
                ["Pipeline:MaxDocumentBytes"] = MaxDocumentBytes.ToString(),

                // Downloads from the loopback test source only (its network allowed although it is not public), with waits short enough for tests.
                ["Downloads:AllowedHosts:0"] = "127.0.0.1",
                ["Downloads:AllowedNetworks:0"] = "127.0.0.1/32",
                ["Downloads:AttemptTimeoutSeconds"] = "2",
                ["Downloads:TotalTimeoutSeconds"] = "5",
                ["Downloads:RetryDelayMilliseconds"] = "50",

                // Webhooks to loopback portals only (plain http allowed for them), with short waits.
                ["Notifications:AllowedHosts:0"] = "127.0.0.1",
                ["Notifications:AllowedNetworks:0"] = "127.0.0.1/32",
                ["Notifications:AllowHttp"] = "true",
                ["Notifications:AttemptTimeoutSeconds"] = "2",
                ["Notifications:TotalTimeoutSeconds"] = "5",
                ["Notifications:RetryDelayMilliseconds"] = "50",

                // A portal under development may call the API from its own origin.
                ["Cors:AllowedOrigins:0"] = PortalOrigin,
            },
            ConfigureServices = FaultInjection.Add,
        });
        Http = new HttpClient { BaseAddress = Platform.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Platform.DisposeAsync();
    }

    /// <summary>Drops a file into the intake container the way Storage Explorer or azcopy would.</summary>
    public async Task<string> DropAsync(string blobName, byte[] content, IDictionary<string, string>? metadata = null)
    {
        await Storage.Container(StorageNames.IncomingContainer).GetBlobClient(blobName)
            .UploadAsync(new BinaryData(content), new BlobUploadOptions { Metadata = metadata });
        return DocumentId.FromContent(content);
    }

    public Task<string> DropAsync(string blobName, string text) => DropAsync(blobName, Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Waits until the document's row satisfies <paramref name="done"/>. Generous, because the engine finds new
    /// blobs by scanning and test assemblies run side by side on a small machine; fails the test after two minutes, or
    /// after <paramref name="seconds"/>.
    /// </summary>
    public async Task<DocumentEntity> WaitForAsync(string id, Func<DocumentEntity, bool> done, string what, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        DocumentEntity? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await Documents.GetAsync(id);
            if (last is not null && done(last))
            {
                return last;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Document {id} did not become {what}; last status {last?.Status ?? "(none)"} ({last?.FailureReason}).");
    }

    public Task<DocumentEntity> WaitForFinalStatusAsync(string id) =>
        WaitForAsync(id, d => d.StatusValue is DocumentStatus.Classified or DocumentStatus.Failed, "Classified or Failed");
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
