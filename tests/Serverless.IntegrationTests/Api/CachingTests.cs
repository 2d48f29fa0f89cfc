using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Pipeline;

namespace Serverless.IntegrationTests.Api;

/// <summary>ETags and 304s on documents, summaries and reports; versioned reports cached for good.</summary>
[Collection(PlatformCollection.Name)]
public class CachingTests(PlatformFixture platform)
{
    private HttpClient Http => platform.Http;

    [Fact]
    public async Task Document_Answers304_When_IfNoneMatchHoldsItsETag_AndANewTagOnceItChanged()
    {
        // Arrange
        var id = await platform.DropAsync("2175/ITU/cached.md", SampleTexts.Contribution(nameof(Document_Answers304_When_IfNoneMatchHoldsItsETag_AndANewTagOnceItChanged)));
        await platform.WaitForFinalStatusAsync(id);
        using var first = await Http.GetAsync($"api/documents/{id}");

        // Act
        using var again = await GetAsync($"api/documents/{id}", first.Headers.ETag!);
        using var stale = await GetAsync($"api/documents/{id}", new EntityTagHeaderValue("\"an-older-version\""));

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl!.NoCache);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await stale.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SummaryAndReport_Answer304_AndAVersionedReportIsCachedForGood()
    {
        // Arrange
        const int year = 2176;
        var id = await platform.DropAsync($"{year}/ITU/report.md", SampleTexts.Contribution(nameof(SummaryAndReport_Answer304_AndAVersionedReportIsCachedForGood)));
        await platform.WaitForFinalStatusAsync(id);
        var summary = await platform.Platform.Services.GetRequiredService<CompileSummaryStep>().CompileAsync(year);
        using var summaryFirst = await Http.GetAsync($"api/summaries/{year}");
        using var reportFirst = await Http.GetAsync($"api/summaries/{year}/report?format=html&version={summary.Version}&disposition=inline");

        // Act
        using var summaryAgain = await GetAsync($"api/summaries/{year}", summaryFirst.Headers.ETag!);
        using var reportAgain = await GetAsync($"api/summaries/{year}/report?format=html&version={summary.Version}", reportFirst.Headers.ETag!);
        using var otherVersion = await Http.GetAsync($"api/summaries/{year}/report?format=html&version=0000");
        using var current = await Http.GetAsync($"api/summaries/{year}/report");

        // Assert
        Assert.Equal(HttpStatusCode.NotModified, summaryAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reportFirst.StatusCode);
        Assert.Equal("text/html", reportFirst.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", reportFirst.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(TimeSpan.FromDays(365), reportFirst.Headers.CacheControl!.MaxAge);
        Assert.Equal(HttpStatusCode.NotModified, reportAgain.StatusCode);
        Assert.Contains(summary.Version, await ProblemAssert.IsProblemAsync(otherVersion, HttpStatusCode.NotFound));
        Assert.Equal("attachment", current.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True(current.Headers.CacheControl!.NoCache);
    }

    private Task<HttpResponseMessage> GetAsync(string url, EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(tag);
        return Http.SendAsync(request);
    }
}
