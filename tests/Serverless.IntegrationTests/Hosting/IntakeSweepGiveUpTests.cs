using System.Text;
using Azure;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Local.Hosting;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Hosting;

/// <summary>
/// A blob the engine's scan never delivers (it may skip one written while it lists) and whose ingest always fails: only
/// the intake sweep makes attempts at it, and it must end the document as the trigger's poison handling would, not leave
/// it Received. The host runs without its blob trigger, so that nothing but the sweep can deliver the blob; a delivery of
/// another blob, reported as the trigger reports it, starts the burst the sweep follows.
/// </summary>
public sealed class IntakeSweepGiveUpTests : IAsyncLifetime
{
    private LocalPlatform _platform = null!;

    public async Task InitializeAsync() => _platform = await LocalPlatform.StartAsync(new LocalHostOptions
    {
        Port = 0,
        ConfigureServices = services =>
        {
            FaultInjection.Add(services);
            services.AddSingleton<ITypeLocator>(new WithoutBlobTrigger());
        },
    });

    public Task DisposeAsync() => _platform.DisposeAsync().AsTask();

    [Fact]
    public async Task EndsFailedWithThePoisonReason_AndKeepsTheBlob_When_OnlyTheSweepCanIngestABlobThatAlwaysFails()
    {
        // Arrange
        var content = Encoding.UTF8.GetBytes("never delivered by the trigger");
        var blob = _platform.Services.GetRequiredService<StorageClients>().Container(StorageNames.IncomingContainer)
            .GetBlobClient("2169/TEST/report" + FaultInjection.CrashingExtension);
        await blob.UploadAsync(new BinaryData(content));

        // Act
        _platform.Services.GetRequiredService<IntakeDeliveries>().Delivered("2169/TEST/another.md", new ETag("\"another\""));

        // Assert: the burst quietens after 15 s, then three attempts 15 s apart.
        var documents = _platform.Services.GetRequiredService<DocumentStore>();
        var document = await documents.WaitForStatusAsync(DocumentId.FromContent(content), DocumentStatus.Failed, TimeSpan.FromSeconds(150));

        Assert.Equal(nameof(DocumentStatus.Failed), document?.Status);
        Assert.Contains("could not be processed after several attempts", document!.FailureReason);
        Assert.True(await blob.ExistsAsync());
    }
}
