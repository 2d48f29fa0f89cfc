using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Pipeline;

namespace Serverless.IntegrationTests.Api;

/// <summary>Answers no handler wrote, and requests the server or a table would have refused, still carry a problem body.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ProblemBodyTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("PUT", "api/documents/abc/paragraphs/not-a-number/labels", HttpStatusCode.NotFound, "is not a valid index")]
    [InlineData("GET", "api/no-such-route", HttpStatusCode.NotFound, "There is no route")]
    [InlineData("DELETE", "api/documents", HttpStatusCode.MethodNotAllowed, "is not allowed on")]
    [InlineData("PATCH", "api/taxonomy", HttpStatusCode.MethodNotAllowed, "is not allowed on")]
    public async Task AnswersWithAProblemBody_When_NoHandlerServesTheRequest(string method, string url, HttpStatusCode status, string title)
    {
        using var response = await platform.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("{}") });

        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ApiProblem>(ApiJson.Options);
        Assert.Equal((int)status, problem!.Status);
        Assert.Contains(title, problem.Title);
    }

    [Theory]
    [InlineData(1024 * 1024, "larger than the 64 KB")] // the body is refused before it is read whole
    [InlineData(1000, "at most 200 characters")] // a table property holds 64 KB; a name is refused long before
    public async Task Returns400_When_AReviewerNameIsLongerThanAllowed(int length, string reason)
    {
        using var upload = await platform.Http.PostAsync("api/documents?name=review.md&year=2167", new StringContent(SampleTexts.Contribution(Guid.NewGuid().ToString())));
        var id = (await upload.Content.ReadFromJsonAsync<UploadAccepted>(ApiJson.Options))!.Id;
        await platform.WaitForFinalStatusAsync(id);

        using var response = await platform.Http.PutAsJsonAsync(
            $"api/documents/{id}/paragraphs/0/labels", new { actionLines = new[] { "C2" }, reviewer = new string('r', length) }, ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (await response.Content.ReadFromJsonAsync<ApiProblem>(ApiJson.Options))!.Title);
    }

    [Fact]
    public async Task Returns413WithAProblemBody_When_TheBodyPassesTheLimitWithoutADeclaredLength()
    {
        // Chunked: the handler stops reading at the limit, before the web server's own (just above it) would answer.
        using var content = new StreamContent(new MemoryStream(new byte[PlatformFixture.MaxDocumentBytes + (512 * 1024)]));
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/documents?name=chunked.txt") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await platform.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than", (await response.Content.ReadFromJsonAsync<ApiProblem>(ApiJson.Options))!.Title);
    }

    [Fact]
    public void RaisesTheWebServersBodyLimitAboveTheDocumentedOne_In_BothHosts()
    {
        // The Functions worker and the local host both take AddWsisApi; the web server's default is 30,000,000 bytes.
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" }).Build())
            .AddLogging()
            .AddIngestionPipeline()
            .AddWsisApi()
            .BuildServiceProvider();

        var limit = services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MaxRequestBodySize;

        Assert.Equal(new PipelineOptions().MaxDocumentBytes + ApiServiceCollectionExtensions.UploadOverheadBytes, limit);
        Assert.True(limit > 50 * 1024 * 1024);
    }
}
