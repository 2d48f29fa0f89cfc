using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;
using Serverless.Shared.Summary;

namespace Serverless.IntegrationTests.Api;

/// <summary>The HTTP API over real HTTP (Kestrel on loopback), against real storage.</summary>
[Collection(PlatformCollection.Name)]
public class HttpApiTests(PlatformFixture platform)
{
    private HttpClient Http => platform.Http;

    [Fact]
    public async Task PostDocument_Returns202WithStatusUrl_ThatEndsClassified()
    {
        // Act
        using var response = await PostAsync("api/documents?name=api-upload.md&year=2151&entity=UNCTAD", nameof(PostDocument_Returns202WithStatusUrl_ThatEndsClassified));

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<UploadAccepted>(ApiJson.Options);
        Assert.Equal($"/api/documents/{accepted!.Id}", response.Headers.Location?.ToString());
        Assert.Equal("2151/UNCTAD/api-upload.md", accepted.BlobName);

        await platform.WaitForFinalStatusAsync(accepted.Id);
        var record = await Http.GetFromJsonAsync<DocumentRecord>(accepted.StatusUrl.TrimStart('/'), ApiJson.Options);
        Assert.Equal(DocumentStatus.Classified, record!.Status);
        Assert.Equal("UNCTAD", record.Entity);
        Assert.Equal(2151, record.Year);
    }

    [Fact]
    public async Task PostDocument_TakesNameYearAndEntityFromHeaders()
    {
        // Arrange
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/documents")
        {
            Content = new StringContent(SampleTexts.Contribution(nameof(PostDocument_TakesNameYearAndEntityFromHeaders)), Encoding.UTF8),
        };
        request.Headers.Add("name", "from-headers.md");
        request.Headers.Add("year", "2152");
        request.Headers.Add("entity", "ITU");

        // Act
        using var response = await Http.SendAsync(request);

        // Assert
        var accepted = await response.Content.ReadFromJsonAsync<UploadAccepted>(ApiJson.Options);
        Assert.Equal("2152/ITU/from-headers.md", accepted!.BlobName);
    }

    [Theory]
    [InlineData("api/documents", "Give the file name")]
    [InlineData("api/documents?name=a.md&year=nineteen", "is not a year")]
    public async Task PostDocument_Returns400WithAReadableTitle_When_InputIsIncomplete(string url, string expected)
    {
        using var response = await PostAsync(url, "text");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ApiProblem>(ApiJson.Options);
        Assert.Contains(expected, problem!.Title);
    }

    [Fact]
    public async Task PostDocument_Returns413_When_LargerThanTheLimit()
    {
        using var response = await Http.PostAsync("api/documents?name=big.txt", new ByteArrayContent(new byte[PlatformFixture.MaxDocumentBytes + 10]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than", (await response.Content.ReadFromJsonAsync<ApiProblem>(ApiJson.Options))!.Title);
    }

    [Fact]
    public async Task DocumentRoutes_ListFilterAndServeParagraphsWithLabels()
    {
        // Arrange
        using var response = await PostAsync("api/documents?name=listed.md&year=2153&entity=ECA", nameof(DocumentRoutes_ListFilterAndServeParagraphsWithLabels));
        var id = (await response.Content.ReadFromJsonAsync<UploadAccepted>(ApiJson.Options))!.Id;
        await platform.WaitForFinalStatusAsync(id);

        // Act
        var listed = await Http.GetFromJsonAsync<DocumentRecord[]>("api/documents?year=2153&status=classified", ApiJson.Options);
        var none = await Http.GetFromJsonAsync<DocumentRecord[]>("api/documents?year=2153&status=Failed", ApiJson.Options);
        var paragraphs = await Http.GetFromJsonAsync<ParagraphView[]>($"api/documents/{id}/paragraphs", ApiJson.Options);
        var byActionLine = await Http.GetFromJsonAsync<ParagraphHit[]>("api/paragraphs?year=2153&actionLine=C2", ApiJson.Options);
        var byBody = await Http.GetFromJsonAsync<ParagraphHit[]>("api/paragraphs?year=2153&body=GA", ApiJson.Options);

        // Assert
        Assert.Equal(id, Assert.Single(listed!).Id);
        Assert.Empty(none!);
        Assert.NotNull(paragraphs);
        Assert.Equal(Enumerable.Range(0, paragraphs.Length), paragraphs.Select(p => p.Index));
        var connectivity = paragraphs.Single(p => p.Text.StartsWith("Broadband", StringComparison.Ordinal));
        Assert.Equal("C2", connectivity.ActionLines[0]);
        Assert.NotEmpty(connectivity.Evidence[0].Evidence);
        Assert.Equal(paragraphs.Count(p => p.Kind != "heading" && p.ActionLines.Contains("C2")), byActionLine!.Length);
        Assert.All(byBody!, hit => Assert.Contains("GA", hit.RequestingBodies));
        Assert.NotEmpty(byBody!);
    }

    [Theory]
    [InlineData("api/documents?status=done", HttpStatusCode.BadRequest, "Unknown status")]
    [InlineData("api/documents/0000", HttpStatusCode.NotFound, "No document has the id")]
    [InlineData("api/paragraphs?actionLine=C2", HttpStatusCode.BadRequest, "Give the year")]
    [InlineData("api/paragraphs?year=2025&actionLine=C99", HttpStatusCode.BadRequest, "Unknown action line")]
    [InlineData("api/summaries/1999", HttpStatusCode.NotFound, "has not been compiled yet")]
    public async Task Routes_AnswerWithAReadableProblem_When_TheRequestCannotBeServed(string url, HttpStatusCode status, string expected)
    {
        using var response = await Http.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected, body);
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public async Task CompileRoute_Returns202_AndTheSummaryAppears()
    {
        // Arrange
        using var upload = await PostAsync("api/documents?name=compiled.md&year=2154&entity=ESCAP", nameof(CompileRoute_Returns202_AndTheSummaryAppears));
        await platform.WaitForFinalStatusAsync((await upload.Content.ReadFromJsonAsync<UploadAccepted>(ApiJson.Options))!.Id);

        // Act
        using var response = await Http.PostAsync("api/summaries/2154/compile", null);
        var summary = await PollSummaryAsync(2154);

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("/api/summaries/2154", response.Headers.Location?.ToString());
        Assert.Equal(1, summary.Totals.Documents);
        Assert.Contains(summary.ActionLines, a => a.Code == "C2");
        Assert.Equal("ESCAP", Assert.Single(summary.Entities).Entity);
    }

    [Fact]
    public async Task SummaryRoute_SaysTheCompileFailed_When_ItsRequestEndedInThePoisonQueue()
    {
        // Arrange: what the engine leaves after a compile request failed on every attempt.
        await platform.Storage.Queue(Serverless.Shared.Storage.StorageNames.CompilePoisonQueue)
            .SendMessageAsync(Serverless.Shared.Pipeline.PipelineMessages.Serialize(new Serverless.Shared.Pipeline.CompileRequest(2155)));

        // Act
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string body;
        do
        {
            await Task.Delay(250);
            using var response = await Http.GetAsync("api/summaries/2155");
            body = await response.Content.ReadAsStringAsync();
        }
        while (!body.Contains("could not be compiled", StringComparison.Ordinal) && DateTime.UtcNow < deadline);

        // Assert
        Assert.Contains("The summary of 2155 could not be compiled", body);
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public async Task HealthAndTaxonomy_AreServed_WithTheBacklogOfEveryQueue()
    {
        await platform.Storage.Queue(StorageNames.ReclassifyPoisonQueue).SendMessageAsync("{\"year\": 2157}");

        var health = await Http.GetFromJsonAsync<HealthReport>("api/health", ApiJson.Options);
        using var taxonomy = JsonDocument.Parse(await Http.GetStringAsync("api/taxonomy"));

        Assert.Equal("healthy", health!.Status);
        Assert.Equal(StorageNames.Queues.Order(StringComparer.Ordinal), health.Queues.Keys);
        Assert.True(health.Queues[StorageNames.ReclassifyPoisonQueue] >= 1);
        Assert.Contains(taxonomy.RootElement.GetProperty("actionLines").EnumerateArray(), a => a.GetProperty("code").GetString() == "C7.4");
    }

    private Task<HttpResponseMessage> PostAsync(string url, string marker) =>
        Http.PostAsync(url, new StringContent(SampleTexts.Contribution(marker), Encoding.UTF8, "text/markdown"));

    private async Task<YearSummary> PollSummaryAsync(int year)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await Http.GetAsync($"api/summaries/{year}");
            if (response.IsSuccessStatusCode)
            {
                return (await response.Content.ReadFromJsonAsync<YearSummary>(ApiJson.Options))!;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The summary of {year} did not appear.");
    }
}
