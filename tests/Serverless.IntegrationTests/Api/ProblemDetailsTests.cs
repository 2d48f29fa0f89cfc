using System.Net;
using System.Text;

namespace Serverless.IntegrationTests.Api;

/// <summary>Every error of the API, the routes' own and those no route takes, is a problem that says what is wrong.</summary>
[Collection(PlatformCollection.Name)]
public class ProblemDetailsTests(PlatformFixture platform)
{
    private const string UnknownId = "0000000000000000000000000000000000000000000000000000000000000000";

    [Theory]
    [InlineData("GET", "api/nothing", HttpStatusCode.NotFound, "There is no route /api/nothing")]
    [InlineData("GET", "api", HttpStatusCode.NotFound, "openapi.json")]
    [InlineData("DELETE", "api/documents", HttpStatusCode.MethodNotAllowed, "Allowed: POST, GET, HEAD")]
    [InlineData("PATCH", "api/summaries/2025", HttpStatusCode.MethodNotAllowed, "Allowed: GET, HEAD")]
    [InlineData("GET", "api/summaries/abc", HttpStatusCode.NotFound, "'abc' is not a valid year")]
    [InlineData("PUT", "api/documents/abcd/paragraphs/abc/labels", HttpStatusCode.NotFound, "'abc' is not a valid index")]
    [InlineData("GET", "api/documents?year=1850", HttpStatusCode.BadRequest, "from 1990 to 2200")]
    [InlineData("GET", "api/summaries/1850", HttpStatusCode.BadRequest, "from 1990 to 2200")]
    [InlineData("GET", "api/summaries/-1/report", HttpStatusCode.BadRequest, "from 1990 to 2200")]
    [InlineData("GET", "api/documents?limit=0", HttpStatusCode.BadRequest, "limit must be a number from 1 to 1000")]
    [InlineData("GET", "api/documents?continuationToken=%25%25", HttpStatusCode.BadRequest, "continuationToken is not one this API gave")]
    [InlineData("GET", "api/documents/" + UnknownId, HttpStatusCode.NotFound, "No document has the id")]
    [InlineData("GET", "api/summaries/2025/report?format=pdf", HttpStatusCode.BadRequest, "Use one of")]
    [InlineData("POST", "api/subscriptions", HttpStatusCode.BadRequest, "Send {")]
    [InlineData("GET", "nowhere", HttpStatusCode.NotFound, "Nothing is at /nowhere")]
    public async Task Errors_AreProblemDetails_When_NoRouteOrAHandlerRefuses(string method, string url, HttpStatusCode status, string expected)
    {
        using var response = await platform.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        var title = await ProblemAssert.IsProblemAsync(response, status);
        Assert.Contains(expected, title);
    }

    [Fact]
    public async Task WrongMethod_NamesTheAllowedMethodsInTheAllowHeader()
    {
        using var response = await platform.Http.DeleteAsync("api/health");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("api/health")]
    [InlineData("api/openapi.json")]
    [InlineData("api/documents?year=2025")]
    [InlineData("api/summaries/2025/report?format=html")]
    public async Task Head_AnswersAsGetDoesWithoutTheBody_When_TheRouteIsRead(string url)
    {
        // Before: 405 "HEAD is not allowed", so link checkers and uptime monitors that ask with HEAD saw the API as broken.
        using var get = await platform.Http.GetAsync(url);
        using var head = await platform.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_IsRefusedWithTheAllowedMethods_When_TheRouteOnlyChangesData()
    {
        using var response = await platform.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "api/reclassify"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task LabelCorrection_SaysTheDocumentIsMissing_When_ItDoesNotExist()
    {
        // Arrange: a well-formed correction, for a document that does not exist.
        using var body = new StringContent("{\"actionLines\": [\"C2\"], \"reviewer\": \"tester\"}", Encoding.UTF8, "application/json");

        // Act
        using var response = await platform.Http.PutAsync($"api/documents/{UnknownId}/paragraphs/1/labels", body);

        // Assert
        Assert.Equal($"No document has the id '{UnknownId}'.", await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task LabelCorrection_SaysWhichParagraphsExist_When_TheIndexIsPastTheEnd()
    {
        // Arrange
        var id = await platform.DropAsync("2170/ITU/paragraph-count.md", SampleTexts.Contribution(nameof(LabelCorrection_SaysWhichParagraphsExist_When_TheIndexIsPastTheEnd)));
        var document = await platform.WaitForFinalStatusAsync(id);
        using var body = new StringContent("{\"actionLines\": [\"C2\"], \"reviewer\": \"tester\"}", Encoding.UTF8, "application/json");

        // Act
        using var response = await platform.Http.PutAsync($"api/documents/{id}/paragraphs/{document.ParagraphCount}/labels", body);

        // Assert
        var title = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains($"numbered 0 to {document.ParagraphCount - 1}", title);
    }
}
