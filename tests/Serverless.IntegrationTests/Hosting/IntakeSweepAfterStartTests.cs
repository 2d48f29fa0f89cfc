using System.Text;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Local.Hosting;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Hosting;

/// <summary>
/// A host that stopped hard can leave an upload whose delivery was used up while its document was never kept (locally,
/// the emulator dies with it and loses its last seconds of writes). The next host is never delivered that blob, and
/// no document asks to be reconciled: only a look over the container after start finds it. Here the blob is in storage
/// before the host starts and the host runs without its blob trigger, so nothing else can deliver it.
/// </summary>
public sealed class IntakeSweepAfterStartTests : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;
    private LocalPlatform? _platform;

    public async Task InitializeAsync() => _azurite = await AzuriteServer.StartAsync(new AzuriteOptions());

    public async Task DisposeAsync()
    {
        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }

        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task IngestsAnUploadNoDocumentRecords_When_TheHostStartsWithoutItsDelivery()
    {
        // Arrange: an upload in storage with no document, and one whose document failed already.
        var storage = new StorageClients(new StorageOptions { ConnectionString = _azurite.ConnectionString });
        await storage.EnsureCreatedAsync();
        var orphan = Encoding.UTF8.GetBytes(SampleTexts.Contribution($"left behind {Guid.NewGuid()}"));
        await storage.Container(StorageNames.IncomingContainer).GetBlobClient("2198/CRASH/left-behind.md").UploadAsync(new BinaryData(orphan));
        var recorded = Encoding.UTF8.GetBytes(SampleTexts.Contribution($"recorded {Guid.NewGuid()}"));
        await storage.Container(StorageNames.IncomingContainer).GetBlobClient("2198/CRASH/recorded.md").UploadAsync(new BinaryData(recorded));
        var documents = new DocumentStore(storage);
        await documents.TryAddAsync(new DocumentEntity { PartitionKey = DocumentId.FromContent(recorded), BlobName = "2198/CRASH/recorded.md", FileName = "recorded.md", StatusValue = DocumentStatus.Failed });

        // Act
        _platform = await LocalPlatform.StartAsync(new LocalHostOptions
        {
            Port = 0,
            StorageConnectionString = _azurite.ConnectionString,
            ConfigureServices = services => services.AddSingleton<ITypeLocator>(new WithoutBlobTrigger()),
        });

        // Assert: the sweep waits 15 s after start; the document is then ingested and classified.
        var document = await documents.WaitForStatusAsync(DocumentId.FromContent(orphan), DocumentStatus.Classified, TimeSpan.FromSeconds(90));

        Assert.Equal(nameof(DocumentStatus.Classified), document?.Status);
        Assert.Equal("2198/CRASH/left-behind.md", document!.BlobName);

        // An upload a document names stays as its row says.
        Assert.Equal(nameof(DocumentStatus.Failed), (await documents.GetAsync(DocumentId.FromContent(recorded)))?.Status);
    }
}
