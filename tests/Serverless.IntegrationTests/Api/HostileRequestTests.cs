using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Serverless.Shared;
using Serverless.Shared.Api.Paging;
using Serverless.Shared.Documents;

namespace Serverless.IntegrationTests.Api;

/// <summary>
/// Requests a client should never send, over real HTTP: continuation tokens of another list or that only happen to
/// decode, and JSON bodies that name a field twice, are larger than any request of the API or are not UTF-8. Each is a
/// 400 problem that says why, and nothing is stored.
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

    [Fact]
    public async Task ContinuationTokens_AreRefused_When_TheyAreReplayedOnAnotherYearOrFilter()
    {
        // Arrange: two documents in each of two years, and the token of the first year's first page of one.
        string[] blobs = ["2158/ITU/a.md", "2158/ITU/b.md", "2149/ITU/a.md", "2149/ITU/b.md"];
        foreach (var blob in blobs)
        {
            var id = await platform.DropAsync(blob, SampleTexts.Contribution($"{nameof(ContinuationTokens_AreRefused_When_TheyAreReplayedOnAnotherYearOrFilter)} {blob}"));
            await platform.WaitForFinalStatusAsync(id);
        }

        using var firstPage = await platform.Http.GetAsync("api/documents?year=2158&limit=1");
        var link = firstPage.Headers.GetValues("Link").Single();
        var token = link[(link.IndexOf("continuationToken=", StringComparison.Ordinal) + "continuationToken=".Length)..link.IndexOf('>')];

        // Act: the token on its own list, then on the other year's and on a status filter of its year.
        using var followed = await platform.Http.GetAsync($"api/documents?year=2158&limit=10&continuationToken={token}");
        using var otherYear = await platform.Http.GetAsync($"api/documents?year=2149&limit=10&continuationToken={token}");
        using var otherFilter = await platform.Http.GetAsync($"api/documents?year=2158&status=Failed&continuationToken={token}");

        // Assert: followed, the second document; replayed, a 400 that says why. Before, 200 with the other year's
        // documents whose ids sort before the token's silently left out (a document id is a place in any year's list).
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        Assert.Single(await followed.Content.ReadFromJsonAsync<List<DocumentRecord>>(ApiJson.Options) ?? []);
        foreach (var replayed in new[] { otherYear, otherFilter })
        {
            var title = await ProblemAssert.IsProblemAsync(replayed, HttpStatusCode.BadRequest);
            Assert.Contains("continuationToken was given for another list", title);
        }
    }

    [Theory]
    [InlineData("status=Classified&status=Failed", "Classified,Failed")]
    [InlineData("status=Received,Withdrawn", "Received,Withdrawn")]
    [InlineData("status=2", "2")]
    [InlineData("status=%202", " 2")]
    public async Task DocumentLists_AreA400NamingTheStatus_When_ItIsAListANumberOrRepeated(string query, string shown)
    {
        // Act
        using var response = await platform.Http.GetAsync($"api/documents?year=2183&{query}");

        // Assert: before, 200 with another status's documents: the enum parser merged the two names into a third
        // (Classified and Failed into Failed, Received and Withdrawn into Withdrawn) and read a number as a status.
        var title = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"Unknown status '{shown}'", title);
    }

    [Theory]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.md\"\r\n\r\nLa Commission prie", "b")]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n2025", "b")]
    [InlineData("--b--\r\n", "another")]
    public async Task MultipartUploads_AreA400ThatSaysWhy_When_TheBodyEndsBeforeItsClosingBoundary(string body, string boundary)
    {
        // Arrange: a form cut off inside its file or a field, and one whose boundary is not the header's.
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");

        // Act
        using var response = await platform.Http.PostAsync("api/documents", content);

        // Assert: before, a 500 "An error occurred while processing your request".
        var title = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("ends before its closing boundary", title);
    }

    [Fact]
    public async Task LabelCorrections_AreRefusedAndNothingIsStored_When_TheBodyRepeatsAFieldIsTooLargeOrIsNotUtf8()
    {
        // Arrange
        var id = await platform.DropAsync("2186/ITU/bodies.md", SampleTexts.Contribution(nameof(LabelCorrections_AreRefusedAndNothingIsStored_When_TheBodyRepeatsAFieldIsTooLargeOrIsNotUtf8)));
        await platform.WaitForFinalStatusAsync(id);
        (byte[] Body, string Reason)[] requests =
        [
            (Utf8("{\"actionLines\": [\"C2\"], \"actionLines\": [\"C9\"], \"reviewer\": \"tester\"}"), "Send {"),
            (Utf8("{\"actionLines\": [" + string.Join(',', Enumerable.Repeat("\"C2\"", 20_000)) + "], \"reviewer\": \"tester\"}"), "larger than the 64 KB"),
            ([.. Utf8("{\"actionLines\": [\"C2\"], \"reviewer\": \"te"), 0xFF, 0xFE, .. Utf8("ster\"}")], "not valid UTF-8"),
        ];

        foreach (var (body, reason) in requests)
        {
            // Act
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await platform.Http.PutAsync($"api/documents/{id}/paragraphs/0/labels", content);

            // Assert: before, each was taken (the last of two fields, 20,000 copies of a label, the bytes as U+FFFD).
            Assert.Contains(reason, await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest));
        }

        using var reviews = await platform.Http.GetAsync("api/reviews?year=2186");
        Assert.Equal(HttpStatusCode.OK, reviews.StatusCode);
        Assert.Equal("", await reviews.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReviewerFields_AreA400ThatSaysWhy_When_TheyAreTooLongOrHoldControlCharacters()
    {
        // Arrange
        var id = await platform.DropAsync("2186/ITU/reviewers.md", SampleTexts.Contribution(nameof(ReviewerFields_AreA400ThatSaysWhy_When_TheyAreTooLongOrHoldControlCharacters)));
        var before = await platform.WaitForFinalStatusAsync(id);
        var longName = new string('r', 40_000);
        (HttpMethod Method, string Url, string? Body, string Reason)[] requests =
        [
            (HttpMethod.Patch, $"api/documents/{id}", $"{{\"year\": 2187, \"reviewer\": \"{longName}\"}}", "at most 200 characters"),
            (HttpMethod.Patch, $"api/documents/{id}", $"{{\"year\": 2187, \"reviewer\": \"tester\", \"note\": \"{longName}\"}}", "at most 4000"),
            (HttpMethod.Patch, $"api/documents/{id}", "{\"year\": 2187, \"reviewer\": \"\\u0007\"}", "control characters"),
            (HttpMethod.Put, $"api/documents/{id}/paragraphs/0/labels", "{\"actionLines\": [\"C2\"], \"reviewer\": \"te\\u0000ster\"}", "control characters"),
            (HttpMethod.Put, $"api/documents/{id}/paragraphs/0/labels", "{\"actionLines\": [\"C2\"], \"reviewer\": \"\\u202Eretset\"}", "direction overrides"),
            (HttpMethod.Put, $"api/documents/{id}/paragraphs/0/labels", "{\"actionLines\": [\"C2\"], \"reviewer\": \"tester\", \"note\": \"a\\u001Bb\"}", "line breaks and tabs"),
            (HttpMethod.Delete, $"api/documents/{id}?reviewer=te%07ster", null, "control characters"),
        ];

        foreach (var (method, url, body, reason) in requests)
        {
            // Act
            using var request = new HttpRequestMessage(method, url);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            using var response = await platform.Http.SendAsync(request);

            // Assert: before, the long name and note were a 500 (a table property holds 64 KB), and the others were kept.
            Assert.Contains(reason, await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest));
        }

        var after = (await platform.Documents.GetAsync(id))!;
        Assert.Equal(before.Year, after.Year);
        Assert.Equal(nameof(Serverless.Shared.Documents.DocumentStatus.Classified), after.Status);
        using var reviews = await platform.Http.GetAsync("api/reviews?year=2186");
        Assert.DoesNotContain(id, await reviews.Content.ReadAsStringAsync());
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
