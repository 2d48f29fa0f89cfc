using System.Net.Http.Json;
using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Local.Hosting;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Hosting;

/// <summary>
/// A blob whose name holds a control character, written straight into <c>incoming</c>: Azurite accepts it and then
/// cannot list the container, which once made the trigger engine end the process (seen in the hostile-input batch; a
/// fresh host of its own, as here, does not always meet it the same way). The host must keep running and keep taking
/// uploads over HTTP. A host of its own, since blobs written straight into storage are not picked up afterwards.
/// </summary>
public sealed class IntakeListingFailuresTests : IAsyncLifetime
{
    private LocalPlatform _platform = null!;

    public async Task InitializeAsync() => _platform = await LocalPlatform.StartAsync(new LocalHostOptions { Port = 0 });

    public Task DisposeAsync() => _platform.DisposeAsync().AsTask();

    [Fact]
    public async Task HostKeepsRunning_AndClassifiesUploads_When_ABlobNameHoldsAControlCharacter()
    {
        // Arrange: the name Azurite cannot list, then blobs of ordinary names, so that the engine's scan (which polls less
        // often while it finds nothing) lists the container again and again.
        var incoming = _platform.Services.GetRequiredService<StorageClients>().Container(StorageNames.IncomingContainer);
        await incoming.GetBlobClient("2168/IT\u0001U/re\u0007port.md")
            .UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(SampleTexts.Contribution("control character in the name"))));
        for (var i = 0; i < 5; i++)
        {
            await incoming.GetBlobClient($"2168/ITU/ordinary-{i}.md").UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(SampleTexts.Contribution($"listed {i}"))));
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        // Act: before the change the process had ended by now, taking this test run with it.
        using var http = new HttpClient { BaseAddress = _platform.BaseAddress };
        using var response = await http.PostAsync("api/documents?name=after.md&year=2168&entity=ITU",
            new StringContent(SampleTexts.Contribution(nameof(HostKeepsRunning_AndClassifiesUploads_When_ABlobNameHoldsAControlCharacter)), Encoding.UTF8));
        response.EnsureSuccessStatusCode();
        var accepted = (await response.Content.ReadFromJsonAsync<UploadAccepted>(ApiJson.Options))!;

        // Assert
        var documents = _platform.Services.GetRequiredService<DocumentStore>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        DocumentEntity? document;
        while ((document = await documents.GetAsync(accepted.Id))?.StatusValue != DocumentStatus.Classified && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        Assert.Equal(nameof(DocumentStatus.Classified), document?.Status);
    }
}
