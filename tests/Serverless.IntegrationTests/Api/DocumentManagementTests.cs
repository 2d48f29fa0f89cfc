using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Api;

/// <summary>PATCH corrects a document's year and entity; DELETE withdraws it; the queries and the next summary follow.</summary>
[Collection(PlatformCollection.Name)]
public class DocumentManagementTests(PlatformFixture platform)
{
    private HttpClient Http => platform.Http;

    private CompileSummaryStep Compiler => platform.Platform.Services.GetRequiredService<CompileSummaryStep>();

    [Fact]
    public async Task Patch_MovesTheDocumentToTheCorrectedYearAndEntity_InQueriesAndTheNextSummary()
    {
        // Arrange
        var id = await platform.DropAsync("2177/ITU/misfiled.md", SampleTexts.Contribution(nameof(Patch_MovesTheDocumentToTheCorrectedYearAndEntity_InQueriesAndTheNextSummary)));
        await platform.WaitForFinalStatusAsync(id);
        Assert.Equal(1, (await Compiler.CompileAsync(2177)).Totals.Documents);

        // Act
        using var response = await Http.PatchAsync($"api/documents/{id}", Json(new { year = 2178, entity = "UNESCO", reviewer = "tester", note = "The cover says 2178." }));

        // Assert
        var record = await response.Content.ReadFromJsonAsync<DocumentRecord>(ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((2178, "correction", "UNESCO", "correction"), (record!.Year, record.YearSource, record.Entity, record.EntitySource));
        Assert.Equal("tester", record.Correction!.By);
        Assert.Empty((await Http.GetFromJsonAsync<ParagraphHit[]>("api/paragraphs?year=2177&actionLine=C2", ApiJson.Options))!);
        var moved = await Http.GetFromJsonAsync<ParagraphHit[]>("api/paragraphs?year=2178&actionLine=C2", ApiJson.Options);
        Assert.NotEmpty(moved!);
        Assert.All(moved!, hit => Assert.Equal("UNESCO", hit.Entity));
        Assert.Equal(0, (await Compiler.CompileAsync(2177)).Totals.Documents);
        var summary = await Compiler.CompileAsync(2178);
        Assert.Equal("UNESCO", Assert.Single(summary.Entities).Entity);
    }

    [Fact]
    public async Task Correction_SurvivesTheDocumentBeingReadAgain()
    {
        // Arrange: a corrected document, then its blob delivered to the ingest step again as if it were new.
        var id = await platform.DropAsync("2180/ITU/read-again.md", SampleTexts.Contribution(nameof(Correction_SurvivesTheDocumentBeingReadAgain)));
        await platform.WaitForFinalStatusAsync(id);
        using var patch = await Http.PatchAsync($"api/documents/{id}", Json(new { year = 2181, reviewer = "tester" }));
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        await platform.Documents.UpdateAsync(id, d => { d.StatusValue = DocumentStatus.Received; return true; });

        // Act
        var blob = platform.Storage.Container(StorageNames.IncomingContainer).GetBlobClient("2180/ITU/read-again.md");
        await platform.Platform.Services.GetRequiredService<IngestDocumentStep>().RunAsync(blob);
        var document = (await platform.Documents.GetAsync(id))!;

        // Assert: the step read it again (it left Received), and where the path says 2180, the person's 2181 stands.
        Assert.NotEqual(DocumentStatus.Received, document.StatusValue);
        Assert.Equal((2181, "correction"), (document.Year, document.YearSource));
        Assert.Equal(("ITU", "path"), (document.Entity, document.EntitySource));
    }

    [Fact]
    public async Task Delete_WithdrawsTheDocument_FromQueriesAndTheNextSummary_AndArchivesTheOriginal()
    {
        // Arrange
        const string blobName = "2179/ITU/test-upload.md";
        var content = SampleTexts.Contribution(nameof(Delete_WithdrawsTheDocument_FromQueriesAndTheNextSummary_AndArchivesTheOriginal));
        var id = await platform.DropAsync(blobName, content);
        await platform.WaitForFinalStatusAsync(id);
        Assert.Equal(1, (await Compiler.CompileAsync(2179)).Totals.Documents);
        Assert.NotEmpty((await Http.GetFromJsonAsync<ParagraphHit[]>("api/paragraphs?year=2179&q=broadband", ApiJson.Options))!);

        // Act
        using var response = await Http.DeleteAsync($"api/documents/{id}?reviewer=tester&reason=test%20upload");
        using var again = await Http.DeleteAsync($"api/documents/{id}?reviewer=tester");

        // Assert
        var record = await response.Content.ReadFromJsonAsync<DocumentRecord>(ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocumentStatus.Withdrawn, record!.Status);
        Assert.Equal(("tester", "test upload"), (record.Withdrawal!.By, record.Withdrawal.Reason));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Empty((await Http.GetFromJsonAsync<ParagraphHit[]>("api/paragraphs?year=2179&actionLine=C2", ApiJson.Options))!);
        Assert.Empty((await Http.GetFromJsonAsync<ParagraphHit[]>("api/paragraphs?year=2179&q=broadband", ApiJson.Options))!);
        Assert.Equal(0, (await Compiler.CompileAsync(2179)).Totals.Documents);
        Assert.Equal(id, Assert.Single((await Http.GetFromJsonAsync<DocumentRecord[]>("api/documents?year=2179&status=Withdrawn", ApiJson.Options))!).Id);
        Assert.False(await platform.Storage.Container(StorageNames.IncomingContainer).GetBlobClient(blobName).ExistsAsync());
        var archived = await platform.Storage.Container(StorageNames.ArchiveContainer).GetBlobClient(blobName).DownloadContentAsync();
        Assert.Equal(content, archived.Value.Content.ToString());
    }

    [Fact]
    public async Task Compile_FinishesAWithdrawalCutShort_SoTheDocumentLeavesTheLabelQueries()
    {
        // Arrange: a classified document whose withdrawal stopped after its status was written (the worker stopped before
        // its query index row was removed), which the label queries still list.
        const string blobName = "2185/ITU/withdrawal-cut-short.md";
        var id = await platform.DropAsync(blobName, SampleTexts.Contribution(nameof(Compile_FinishesAWithdrawalCutShort_SoTheDocumentLeavesTheLabelQueries)));
        await platform.WaitForFinalStatusAsync(id);
        await platform.Platform.Services.GetRequiredService<DocumentStore>().UpdateAsync(id, d =>
        {
            d.StatusValue = DocumentStatus.Withdrawn;
            d.WithdrawnBy = "tester";
            return true;
        });
        var before = await Http.GetFromJsonAsync<ParagraphHit[]>("api/paragraphs?year=2185&actionLine=C2", ApiJson.Options);

        // Act
        var summary = await Compiler.CompileAsync(2185);

        // Assert
        Assert.NotEmpty(before!);
        Assert.Equal(0, summary.Totals.Documents);
        Assert.Empty((await Http.GetFromJsonAsync<ParagraphHit[]>("api/paragraphs?year=2185&actionLine=C2", ApiJson.Options))!);
    }

    [Theory]
    [InlineData("PATCH", "{\"year\": 2025}", HttpStatusCode.BadRequest, "reviewer")]
    [InlineData("PATCH", "{\"reviewer\": \"tester\"}", HttpStatusCode.BadRequest, "year or entity")]
    [InlineData("PATCH", "{\"year\": 1850, \"reviewer\": \"tester\"}", HttpStatusCode.BadRequest, "from 1990 to 2200")]
    [InlineData("PATCH", "{\"entity\": \"a/b\", \"reviewer\": \"tester\"}", HttpStatusCode.BadRequest, "without '/'")]
    [InlineData("PATCH", "{\"year\": 2025, \"reviewer\": \"tester\"}", HttpStatusCode.NotFound, "No document has the id")]
    [InlineData("DELETE", null, HttpStatusCode.BadRequest, "Say who withdraws")]
    public async Task Management_AnswersAProblem_When_TheRequestCannotBeServed(string method, string? body, HttpStatusCode status, string expected)
    {
        var url = $"api/documents/{new string('0', 64)}";
        using var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };

        using var response = await Http.SendAsync(request);

        Assert.Contains(expected, await ProblemAssert.IsProblemAsync(response, status));
    }

    [Fact]
    public async Task FailedFile_KeepsTheYearAndEntityOfItsPath()
    {
        // Arrange: an image, which no reader takes.
        var id = await platform.DropAsync("2182/XYZ/image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, (byte)Random.Shared.Next(256), (byte)Random.Shared.Next(256)]);

        // Act
        var document = await platform.WaitForFinalStatusAsync(id);
        var listed = await Http.GetFromJsonAsync<DocumentRecord[]>("api/documents?year=2182", ApiJson.Options);

        // Assert
        Assert.Equal(DocumentStatus.Failed, document.StatusValue);
        Assert.Equal((2182, "path", "XYZ", "path"), (document.Year, document.YearSource, document.Entity, document.EntitySource));
        Assert.Contains(listed!, d => d.Id == id);
    }

    private static StringContent Json(object value) => new(System.Text.Json.JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
}
