using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;

namespace Serverless.IntegrationTests.Api;

/// <summary>Lists read page by page (Link: rel="next"), word search, and the parent action line with its sub-lines.</summary>
[Collection(PlatformCollection.Name)]
public class PagingAndSearchTests(PlatformFixture platform)
{
    private HttpClient Http => platform.Http;

    [Fact]
    public async Task DocumentParagraphs_ArriveWhole_When_ReadTwoAtATime()
    {
        // Arrange
        var id = await platform.DropAsync("2171/ITU/paged.md", SampleTexts.Contribution(nameof(DocumentParagraphs_ArriveWhole_When_ReadTwoAtATime)));
        var document = await platform.WaitForFinalStatusAsync(id);

        // Act
        var pages = await ReadAllPagesAsync<ParagraphView>($"api/documents/{id}/paragraphs?limit=2");

        // Assert
        Assert.True(document.ParagraphCount > 2, "The document must need more than one page.");
        Assert.Equal(Enumerable.Range(0, document.ParagraphCount), pages.SelectMany(p => p).Select(p => p.Index));
        Assert.All(pages.SkipLast(1), page => Assert.Equal(2, page.Count));
    }

    [Fact]
    public async Task Documents_AreListedOnceEach_When_ReadOneAtATime()
    {
        // Arrange
        var ids = new List<string>();
        foreach (var n in Enumerable.Range(0, 3))
        {
            ids.Add(await platform.DropAsync($"2172/ITU/listed-{n}.md", SampleTexts.Contribution($"{nameof(Documents_AreListedOnceEach_When_ReadOneAtATime)} {n}")));
        }

        foreach (var id in ids)
        {
            await platform.WaitForFinalStatusAsync(id);
        }

        // Act
        var pages = await ReadAllPagesAsync<DocumentRecord>("api/documents?year=2172&limit=1");

        // Assert
        Assert.Equal(3, pages.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), pages.SelectMany(p => p).Select(d => d.Id));
    }

    [Fact]
    public async Task WordSearch_FindsParagraphsHoldingEveryWord_WithOrWithoutALabelFilter()
    {
        // Arrange
        var id = await platform.DropAsync("2173/ITU/search.md", $"""
            # Search ({nameof(WordSearch_FindsParagraphsHoldingEveryWord_WithOrWithoutALabelFilter)})

            ## Infrastructure (C2)

            1. Broadband and meaningful connectivity reached 40 more rural districts this year.

            ## Capacity building (C4)

            2. Digital skills training was given to 2,000 teachers.

            ## Closing

            3. The meeting closed at 6 p.m.
            """);
        await platform.WaitForFinalStatusAsync(id);
        var paragraphs = await Http.GetFromJsonAsync<ParagraphView[]>($"api/documents/{id}/paragraphs", ApiJson.Options);

        // Act
        var rural = await Http.GetFromJsonAsync<ParagraphHit[]>("api/paragraphs?year=2173&q=RURAL%20broadband", ApiJson.Options);
        var closed = await Http.GetFromJsonAsync<ParagraphHit[]>("api/paragraphs?year=2173&q=meeting%20closed", ApiJson.Options);
        var apart = await Http.GetFromJsonAsync<ParagraphHit[]>("api/paragraphs?year=2173&q=broadband%20teachers", ApiJson.Options);
        var inC4 = await Http.GetFromJsonAsync<ParagraphHit[]>("api/paragraphs?year=2173&actionLine=C4&q=teachers", ApiJson.Options);
        var inC2 = await Http.GetFromJsonAsync<ParagraphHit[]>("api/paragraphs?year=2173&actionLine=C2&q=teachers", ApiJson.Options);

        // Assert: "The meeting closed" has no label, so only a search without a label filter can find it.
        Assert.Equal(paragraphs!.Single(p => p.Text.StartsWith("Broadband", StringComparison.Ordinal)).Index, Assert.Single(rural!).Index);
        var meeting = paragraphs!.Single(p => p.Text.StartsWith("The meeting closed", StringComparison.Ordinal));
        Assert.Empty(meeting.ActionLines);
        Assert.Equal(meeting.Index, Assert.Single(closed!).Index);
        Assert.Empty(apart!);
        Assert.Contains("teachers", Assert.Single(inC4!).Text);
        Assert.Empty(inC2!);
    }

    [Fact]
    public async Task ParentActionLine_IncludesItsSubLines_AsTheSummaryCountsThem()
    {
        // Arrange: paragraphs on three of C7's sub-lines.
        const int year = 2174;
        var id = await platform.DropAsync($"{year}/WHO/sub-lines.md", $"""
            # Applications ({nameof(ParentActionLine_IncludesItsSubLines_AsTheSummaryCountsThem)})

            1. The e-government portal now lets citizens renew identity documents and file taxes online.

            2. Telemedicine and e-health records connected 30 rural clinics to district hospitals.

            3. E-learning platforms and distance education reached 10,000 secondary school pupils.

            4. The meeting closed at 6 p.m.
            """);
        await platform.WaitForFinalStatusAsync(id);
        var summary = await platform.Platform.Services.GetRequiredService<CompileSummaryStep>().CompileAsync(year);

        // Act
        var c7 = await ReadAllPagesAsync<ParagraphHit>($"api/paragraphs?year={year}&actionLine=C7&limit=1");

        // Assert
        var hits = c7.SelectMany(p => p).ToArray();
        Assert.True(hits.SelectMany(h => h.ActionLines).Where(a => a.StartsWith("C7.", StringComparison.Ordinal)).Distinct().Count() >= 2,
            "The document must have paragraphs on several sub-lines for the test to mean something.");
        Assert.Equal(summary.ActionLines.Single(a => a.Code == "C7").Paragraphs, hits.Length);
        Assert.Equal(hits.Select(h => h.Index).Distinct().Count(), hits.Length);
    }

    /// <summary>Reads a list from its first page to its last, following each page's Link: rel="next".</summary>
    private async Task<List<List<T>>> ReadAllPagesAsync<T>(string url)
    {
        var pages = new List<List<T>>();
        string? next = url;
        while (next is not null)
        {
            using var response = await Http.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages.Add((await response.Content.ReadFromJsonAsync<List<T>>(ApiJson.Options))!);
            next = response.Headers.TryGetValues("Link", out var links) ? NextLink(links.Single()) : null;
            Assert.True(pages.Count < 50, "The pages never end.");
        }

        return pages;
    }

    private static string NextLink(string link)
    {
        Assert.EndsWith(">; rel=\"next\"", link);
        return link[1..link.IndexOf('>')].TrimStart('/');
    }
}
