using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Serverless.IntegrationTests.Hostile;
using Serverless.Local.Hosting;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Pipeline;

/// <summary>
/// <c>Pipeline:MaxReadSeconds</c> ends a read that takes longer than it as <c>Failed</c> with a reason, whatever the
/// reader's own limits let through. A host of its own with a one-second limit, and a DOCX of two million empty
/// paragraphs, which is within every structure limit and takes a few seconds to open.
/// </summary>
public sealed class ReadTimeLimitTests : IAsyncLifetime
{
    private LocalPlatform _platform = null!;

    public async Task InitializeAsync() => _platform = await LocalPlatform.StartAsync(new LocalHostOptions
    {
        Port = 0,
        Settings = new Dictionary<string, string?> { ["Pipeline:MaxReadSeconds"] = "1" },
    });

    public Task DisposeAsync() => _platform.DisposeAsync().AsTask();

    [Fact]
    public async Task MarksDocumentFailed_When_ReadingTakesLongerThanTheLimit()
    {
        // Arrange
        var slow = HostileFiles.All(Guid.NewGuid().ToString("N")).Single(f => f.FileName == "manyempty.docx").Build();
        using var http = new HttpClient { BaseAddress = _platform.BaseAddress };

        // Act
        using var response = await http.PostAsync("api/documents?name=slow.docx&year=2169&entity=ITU", new ByteArrayContent(slow));
        response.EnsureSuccessStatusCode();
        var accepted = (await response.Content.ReadFromJsonAsync<UploadAccepted>(ApiJson.Options))!;

        // Assert
        var documents = _platform.Services.GetRequiredService<DocumentStore>();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        DocumentEntity? document;
        while ((document = await documents.GetAsync(accepted.Id))?.StatusValue is not (DocumentStatus.Classified or DocumentStatus.Failed) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        Assert.Equal(nameof(DocumentStatus.Failed), document?.Status);
        Assert.StartsWith("Reading the file took longer than 1 seconds", document!.FailureReason);
    }
}
