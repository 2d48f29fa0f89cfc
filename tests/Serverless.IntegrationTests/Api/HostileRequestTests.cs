using System.Net;
using Serverless.Shared.Api.Paging;

namespace Serverless.IntegrationTests.Api;

/// <summary>
/// Requests a client should never send, over real HTTP: continuation tokens of another list or that only happen to
/// decode. Each is a 400 problem that says why.
/// </summary>
[Collection(PlatformCollection.Name)]
public class HostileRequestTests(PlatformFixture platform)
{
    [Fact]
    public async Task ContinuationTokens_AreRefused_When_TheyBelongToAnotherListOrToNone()
    {
        // Arrange: a document, and tokens of each shape of key (a document's, a paragraph's, none).
        var id = await platform.DropAsync("2186/ITU/tokens.md", SampleTexts.Contribution(nameof(ContinuationTokens_AreRefused_When_TheyBelongToAnotherListOrToNone)));
        await platform.WaitForFinalStatusAsync(id);
        var documentToken = PageRequest.Encode(id);
        var paragraphToken = PageRequest.Encode($"{id}-000001");
        var garbage = PageRequest.Encode("zzz");
        string[] urls =
        [
            $"api/documents?continuationToken={paragraphToken}",
            $"api/documents/{id}/paragraphs?continuationToken={paragraphToken}",
            $"api/documents/{id}/paragraphs?continuationToken={garbage}",
            $"api/paragraphs?year=2186&actionLine=C2&continuationToken={documentToken}",
            $"api/paragraphs?year=2186&q=broadband&continuationToken={garbage}",
            $"api/reviews?year=2186&continuationToken={documentToken}",
            $"api/reviews/suggestions?year=2186&continuationToken={paragraphToken}",
        ];

        foreach (var url in urls)
        {
            // Act
            using var response = await platform.Http.GetAsync(url);

            // Assert: before, all but the first were read as "from the start" and answered the first page again.
            var title = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.Contains("continuationToken is not one this API gave for this list", title);
        }
    }
}
