using System.Net;
using System.Net.Http.Json;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Downloads;

/// <summary>
/// <c>POST /api/documents/from-url</c> over real HTTP, against a loopback source that misbehaves on purpose
/// (the fixture allows 127.0.0.1 only, with short timeouts and retry delays).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DocumentLinkTests(PlatformFixture platform) : IAsyncLifetime
{
    private MisbehavingSource _source = null!;

    public async Task InitializeAsync() => _source = await MisbehavingSource.StartAsync(PlatformFixture.MaxDocumentBytes);

    public async Task DisposeAsync() => await _source.DisposeAsync();

    [Fact]
    public async Task RetriesAFlakySource_AndTheDocumentEndsClassified_WithItsLink()
    {
        var key = Guid.NewGuid().ToString("N");
        var url = new Uri(_source.BaseAddress, $"flaky/wsis-note.md?key={key}");

        using var response = await PostAsync(new { url, year = 2153, entity = "ITU" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<UploadAccepted>(ApiJson.Options);
        Assert.Equal("2153/ITU/wsis-note.md", accepted!.BlobName);
        Assert.Equal(3, _source.AttemptsFor(key));
        await platform.WaitForFinalStatusAsync(accepted.Id);
        var record = await platform.Http.GetFromJsonAsync<DocumentRecord>(accepted.StatusUrl.TrimStart('/'), ApiJson.Options);
        Assert.Equal(DocumentStatus.Classified, record!.Status);
        Assert.Equal(url.AbsoluteUri, record.SourceUrl);
        Assert.Equal(3, record.ParagraphCount); // the heading and the two numbered paragraphs
    }

    [Fact]
    public async Task FollowsARedirect_AndKeepsTheFileNameTheSourceDeclares()
    {
        var key = Guid.NewGuid().ToString("N");

        using var response = await PostAsync(new { url = new Uri(_source.BaseAddress, $"redirect-home?key={key}"), year = 2153 });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<UploadAccepted>(ApiJson.Options);
        Assert.Equal("2153/itu-contribution.md", accepted!.BlobName);
    }

    [Theory]
    [InlineData("missing.pdf", HttpStatusCode.BadGateway, "answered 404")]
    [InlineData("slow.txt", HttpStatusCode.GatewayTimeout, "did not send the document within")]
    [InlineData("declared-huge.txt", HttpStatusCode.RequestEntityTooLarge, "larger than the 1 MB accepted")]
    [InlineData("endless.txt", HttpStatusCode.RequestEntityTooLarge, "larger than the 1 MB accepted")]
    [InlineData("redirect-away", HttpStatusCode.BadRequest, "redirects to 'intranet.invalid'")]
    [InlineData("redirect-metadata", HttpStatusCode.BadRequest, "redirects to '169.254.169.254'")]
    [InlineData("redirect-loop", HttpStatusCode.BadGateway, "redirected more than 5 times")]
    [InlineData("inflating.txt", HttpStatusCode.RequestEntityTooLarge, "larger than the 1 MB accepted")]
    [InlineData("cut-short.txt", HttpStatusCode.BadGateway, "stopped sending the document")]
    public async Task EndsWithAReadableProblem_AndStoresNothing_When_TheSourceMisbehaves(string path, HttpStatusCode expected, string reason)
    {
        var key = Guid.NewGuid().ToString("N");
        var entity = "link-" + key;

        using var response = await PostAsync(new { url = new Uri(_source.BaseAddress, $"{path}?key={key}"), year = 2154, entity });

        Assert.Equal(expected, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ApiProblem>(ApiJson.Options);
        Assert.Contains(reason, problem!.Title);
        Assert.DoesNotContain("   at ", problem.Title);
        Assert.True(_source.AttemptsFor(key) >= 1);
        var stored = platform.Storage.Container(StorageNames.IncomingContainer).GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = $"2154/{entity}/" });
        await foreach (var blob in stored)
        {
            Assert.Fail($"Nothing should be stored for a failed download, found {blob.Name}.");
        }
    }

    [Theory]
    [InlineData("http://localhost:{port}/named", "is not one documents are downloaded from")]
    [InlineData("ftp://127.0.0.1/report.pdf", "is not an http or https address")]
    [InlineData("", "Send {\"url\"")]
    public async Task Returns400BeforeCallingOut_When_TheLinkIsNotAllowed(string link, string reason)
    {
        var url = link.Replace("{port}", _source.BaseAddress.Port.ToString(), StringComparison.Ordinal);

        using var response = await PostAsync(new { url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ApiProblem>(ApiJson.Options);
        Assert.Contains(reason, problem!.Title);
    }

    private Task<HttpResponseMessage> PostAsync(object body) =>
        platform.Http.PostAsJsonAsync("api/documents/from-url", body, ApiJson.Options);
}
