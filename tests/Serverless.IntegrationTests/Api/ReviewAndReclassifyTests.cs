using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Evaluation;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Api;

/// <summary>Reviewer corrections over HTTP, their export as a labelled set, and re-classification through the queue.</summary>
[Collection(PlatformCollection.Name)]
public class ReviewAndReclassifyTests(PlatformFixture platform)
{
    private const int Year = 2160;

    [Fact]
    public async Task ReviewerCorrection_CountsInIndexAndSummary_AndSurvivesReclassification()
    {
        // Arrange: a procedural paragraph, which the classifier does not put under media (C9).
        var id = await platform.DropAsync($"{Year}/TEST/reviewed.md", SampleTexts.Contribution(nameof(ReviewerCorrection_CountsInIndexAndSummary_AndSurvivesReclassification)));
        var classified = await platform.WaitForFinalStatusAsync(id);
        var paragraphs = await platform.Http.GetFromJsonAsync<ParagraphView[]>($"api/documents/{id}/paragraphs", ApiJson.Options);
        var closing = paragraphs!.Single(p => p.Text.StartsWith("The meeting closed", StringComparison.Ordinal));
        Assert.DoesNotContain("C9", closing.ActionLines);

        // Act: a reviewer says it is about media (C9), cited by ECOSOC.
        using var put = await platform.Http.PutAsJsonAsync($"api/documents/{id}/paragraphs/{closing.Index}/labels",
            new { actionLines = new[] { "C9" }, requestingBodies = new[] { "ECOSOC" }, reviewer = "A. Reviewer", note = "press conference" });
        var reviewed = await put.Content.ReadFromJsonAsync<ParagraphView>(ApiJson.Options);

        // Assert: the correction is what counts, with who and when.
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(["C9"], reviewed!.ActionLines);
        Assert.Equal("A. Reviewer", reviewed.Review!.Reviewer);
        Assert.Equal(closing.ActionLines, reviewed.Review.ClassifierActionLines);
        var hits = await platform.Http.GetFromJsonAsync<ParagraphHit[]>($"api/paragraphs?year={Year}&actionLine=C9", ApiJson.Options);
        Assert.Equal(closing.Index, Assert.Single(hits!).Index);

        // Act: re-classify the year through the queue.
        using var reclassify = await platform.Http.PostAsync($"api/reclassify?year={Year}", null);
        Assert.Equal(HttpStatusCode.Accepted, reclassify.StatusCode);
        await platform.WaitForAsync(id, d => d.StatusValue == DocumentStatus.Classified && d.ClassifiedAt > classified.ClassifiedAt, "classified again");

        // Assert: the correction is still there, the document says which taxonomy classified it, and the summary counts it.
        var after = await platform.Http.GetFromJsonAsync<ParagraphView[]>($"api/documents/{id}/paragraphs", ApiJson.Options);
        using var taxonomy = System.Text.Json.JsonDocument.Parse(await platform.Http.GetStringAsync("api/taxonomy"));
        var record = await platform.Http.GetFromJsonAsync<DocumentRecord>($"api/documents/{id}", ApiJson.Options);
        Assert.Equal(taxonomy.RootElement.GetProperty("version").GetString(), record!.TaxonomyVersion);
        Assert.Equal(["C9"], after!.Single(p => p.Index == closing.Index).ActionLines);
        var summary = await platform.Platform.Services.GetRequiredService<CompileSummaryStep>().CompileAsync(Year);
        Assert.Equal(1, summary.ActionLines.Single(a => a.Code == "C9").Paragraphs);
        Assert.Equal(1, summary.Bodies.Single(b => b.Id == "ECOSOC").Paragraphs);
        Assert.Equal(new Dictionary<string, int> { [record.TaxonomyVersion!] = 1 }, summary.Totals.TaxonomyVersions);

        // Act + Assert: withdrawing the correction restores the classifier's labels everywhere.
        using var delete = await platform.Http.DeleteAsync($"api/documents/{id}/paragraphs/{closing.Index}/labels");
        Assert.Equal(closing.ActionLines, (await delete.Content.ReadFromJsonAsync<ParagraphView>(ApiJson.Options))!.ActionLines);
        Assert.Empty((await platform.Http.GetFromJsonAsync<ParagraphHit[]>($"api/paragraphs?year={Year}&actionLine=C9", ApiJson.Options))!);
    }

    [Fact]
    public async Task ReviewerCorrection_LeavesAWithdrawnDocumentOutOfTheQueries()
    {
        // The correction's index write put the withdrawn document's paragraph back among the year's hits.
        var id = await platform.DropAsync("2189/TEST/withdrawn-then-reviewed.md", SampleTexts.Contribution(nameof(ReviewerCorrection_LeavesAWithdrawnDocumentOutOfTheQueries)));
        await platform.WaitForFinalStatusAsync(id);
        var paragraphs = await platform.Http.GetFromJsonAsync<ParagraphView[]>($"api/documents/{id}/paragraphs", ApiJson.Options);
        var closing = paragraphs!.Single(p => p.Text.StartsWith("The meeting closed", StringComparison.Ordinal));
        using var withdraw = await platform.Http.DeleteAsync($"api/documents/{id}?reviewer=tester&reason=test%20upload");
        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);

        using var put = await platform.Http.PutAsJsonAsync($"api/documents/{id}/paragraphs/{closing.Index}/labels", new { actionLines = new[] { "C9" }, reviewer = "A. Reviewer" });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var hits = await platform.Http.GetFromJsonAsync<ParagraphHit[]>("api/paragraphs?year=2189&actionLine=C9", ApiJson.Options);
        Assert.Empty(hits!);
        var record = await platform.Http.GetFromJsonAsync<DocumentRecord>($"api/documents/{id}", ApiJson.Options);
        Assert.Equal(DocumentStatus.Withdrawn, record!.Status);
    }

    [Fact]
    public async Task ReviewedParagraphs_AreExportedAsALabelledSet_When_TheYearIsAsked()
    {
        // Arrange: a classified contribution, one paragraph of which a reviewer corrects.
        const int year = Year + 2;
        var id = await platform.DropAsync($"{year}/TEST/exported.md", SampleTexts.Contribution(nameof(ReviewedParagraphs_AreExportedAsALabelledSet_When_TheYearIsAsked)));
        await platform.WaitForFinalStatusAsync(id);
        var paragraphs = await platform.Http.GetFromJsonAsync<ParagraphView[]>($"api/documents/{id}/paragraphs", ApiJson.Options);
        var closing = paragraphs!.Single(p => p.Text.StartsWith("The meeting closed", StringComparison.Ordinal));
        using var put = await platform.Http.PutAsJsonAsync($"api/documents/{id}/paragraphs/{closing.Index}/labels",
            new { actionLines = new[] { "C9" }, requestingBodies = new[] { "ECOSOC" }, reviewer = "A. Reviewer" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        // Act
        using var response = await platform.Http.GetAsync($"api/reviews?year={year}");
        var body = await response.Content.ReadAsStringAsync();

        // Assert: one line, which the evaluation reads with the reviewer's labels as the gold ones.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var item = Assert.Single(LabelledSetReader.Read(body.Split('\n'), corpus: null).Items);
        Assert.Equal($"{id}/{closing.Index}", item.Id);
        Assert.Equal(closing.Text, item.Text);
        Assert.Equal(["C9"], item.ActionLines);
        Assert.Equal(["ECOSOC"], item.RequestingBodies);
        Assert.Contains("\"classifierActionLines\"", body, StringComparison.Ordinal);
        Assert.Contains("\"reviewer\":\"A. Reviewer\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewExport_LeavesBodiesUnlabelled_When_TheReviewerCorrectedOnlyTheLines()
    {
        // Arrange: the paragraph citing the General Assembly; one reviewer corrects its lines only, another says of the
        // closing paragraph that it cites no body at all.
        const int year = Year + 3;
        var id = await platform.DropAsync($"{year}/TEST/lines-only.md", SampleTexts.Contribution(nameof(ReviewExport_LeavesBodiesUnlabelled_When_TheReviewerCorrectedOnlyTheLines)));
        await platform.WaitForFinalStatusAsync(id);
        var paragraphs = await platform.Http.GetFromJsonAsync<ParagraphView[]>($"api/documents/{id}/paragraphs", ApiJson.Options);
        var citing = paragraphs!.Single(p => p.Text.StartsWith("As requested by the General Assembly", StringComparison.Ordinal));
        var closing = paragraphs!.Single(p => p.Text.StartsWith("The meeting closed", StringComparison.Ordinal));
        Assert.Contains("GA", citing.RequestingBodies);
        using var linesOnly = await platform.Http.PutAsJsonAsync($"api/documents/{id}/paragraphs/{citing.Index}/labels",
            new { actionLines = Array.Empty<string>(), reviewer = "A. Reviewer" });
        using var noBodies = await platform.Http.PutAsJsonAsync($"api/documents/{id}/paragraphs/{closing.Index}/labels",
            new { actionLines = Array.Empty<string>(), requestingBodies = Array.Empty<string>(), reviewer = "B. Reviewer" });

        // Act
        var export = await platform.Http.GetStringAsync($"api/reviews?year={year}");

        // Assert: the lines-only review keeps the classifier's bodies in force but exports none as gold; an empty list
        // is a review of the bodies too.
        var linesOnlyView = await linesOnly.Content.ReadFromJsonAsync<ParagraphView>(ApiJson.Options);
        Assert.Equal(citing.RequestingBodies, linesOnlyView!.RequestingBodies);
        var items = LabelledSetReader.Read(export.Split('\n'), corpus: null).Items.ToDictionary(i => i.Id);
        Assert.Null(items[$"{id}/{citing.Index}"].RequestingBodies);
        Assert.Equal([], items[$"{id}/{closing.Index}"].RequestingBodies!);
        var citingGa = await platform.Http.GetFromJsonAsync<ParagraphHit[]>($"api/paragraphs?year={year}&body=GA", ApiJson.Options);
        Assert.Contains(citingGa!, h => h.Index == citing.Index);
    }

    [Fact]
    public async Task ReviewSuggestions_ListTheClosestCallsFirst_AndDropAParagraphOnceReviewed()
    {
        // Arrange: a classified contribution.
        const int year = Year + 4;
        var id = await platform.DropAsync($"{year}/TEST/suggested.md", SampleTexts.Contribution(nameof(ReviewSuggestions_ListTheClosestCallsFirst_AndDropAParagraphOnceReviewed)));
        await platform.WaitForFinalStatusAsync(id);
        var labelled = (await platform.Http.GetFromJsonAsync<ParagraphView[]>($"api/documents/{id}/paragraphs", ApiJson.Options))!
            .Where(p => p.ActionLines.Count > 0).ToArray();

        // Act
        var suggestions = (await platform.Http.GetFromJsonAsync<ReviewSuggestion[]>($"api/reviews/suggestions?year={year}", ApiJson.Options))!;

        // Assert: every labelled paragraph (and any that nearly was), closest call first, each with the reason a person reads.
        Assert.Equal(labelled.Select(p => p.Index).Order(), suggestions.Where(s => s.NearMiss is null).Select(s => s.Index).Order());
        Assert.Equal(suggestions.Select(s => s.Margin).Order(), suggestions.Select(s => s.Margin));
        Assert.All(suggestions, s => Assert.Contains((s.NearMiss ?? s.ActionLines[0]).Code, s.Reason));

        // Act + Assert: reviewed, the first one is no longer suggested; the limit holds.
        using var put = await platform.Http.PutAsJsonAsync($"api/documents/{id}/paragraphs/{suggestions[0].Index}/labels",
            new { actionLines = new[] { (suggestions[0].NearMiss ?? suggestions[0].ActionLines[0]).Code }, reviewer = "A. Reviewer" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var after = await platform.Http.GetFromJsonAsync<ReviewSuggestion[]>($"api/reviews/suggestions?year={year}&limit=1", ApiJson.Options);
        Assert.Equal(suggestions[1].Index, Assert.Single(after!).Index);
    }

    [Fact]
    public async Task NearMiss_IsShownAndSuggested_When_AParagraphFallsShortOfALabel()
    {
        // Arrange: a paragraph with one ordinary e-learning term, short of the least score for a label, that the trained
        // model leaves without a line too (which paragraphs it leaves so changes with each model: "were closed on
        // Monday" got e-learning from the model that reads pairs of words).
        const int year = Year + 5;
        var id = await platform.DropAsync($"{year}/TEST/near-miss.md", $"# Note {nameof(NearMiss_IsShownAndSuggested_When_AParagraphFallsShortOfALabel)}\n\nThe schools of the district stayed closed on Monday for the national holiday.\n");
        await platform.WaitForFinalStatusAsync(id);

        // Act
        var paragraph = (await platform.Http.GetFromJsonAsync<ParagraphView[]>($"api/documents/{id}/paragraphs", ApiJson.Options))!
            .Single(p => p.Text.StartsWith("The schools", StringComparison.Ordinal));
        var suggestions = await platform.Http.GetFromJsonAsync<ReviewSuggestion[]>($"api/reviews/suggestions?year={year}", ApiJson.Options);

        // Assert
        Assert.Empty(paragraph.ActionLines);
        Assert.Equal("C7.3", paragraph.NearMiss!.Code);
        var suggested = Assert.Single(suggestions!);
        Assert.Equal(paragraph.Index, suggested.Index);
        Assert.Equal("C7.3", suggested.NearMiss!.Code);
    }

    [Fact]
    public async Task Reclassification_TakesOnlyOutdatedDocuments_When_Asked()
    {
        // Arrange: two classified documents of a year, one of them marked as classified with an earlier taxonomy.
        const int year = Year + 6;
        var current = await platform.DropAsync($"{year}/TEST/current.md", SampleTexts.Contribution(nameof(Reclassification_TakesOnlyOutdatedDocuments_When_Asked) + "-current"));
        var outdated = await platform.DropAsync($"{year}/TEST/outdated.md", SampleTexts.Contribution(nameof(Reclassification_TakesOnlyOutdatedDocuments_When_Asked) + "-outdated"));
        var currentBefore = await platform.WaitForFinalStatusAsync(current);
        var outdatedBefore = await platform.WaitForFinalStatusAsync(outdated);
        await platform.Platform.Services.GetRequiredService<DocumentStore>().UpdateAsync(outdated, d =>
        {
            d.TaxonomyVersion = "2000.1";
            return true;
        });

        // Act
        using var response = await platform.Http.PostAsync($"api/reclassify?year={year}&outdated=true", null);

        // Assert: the outdated one is classified again with today's taxonomy; the other is left as it was.
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var again = await platform.WaitForAsync(outdated, d => d.StatusValue == DocumentStatus.Classified && d.ClassifiedAt > outdatedBefore.ClassifiedAt, "classified again");
        Assert.Equal(currentBefore.TaxonomyVersion, again.TaxonomyVersion);
        var untouched = await platform.Platform.Services.GetRequiredService<DocumentStore>().GetAsync(current);
        Assert.Equal(currentBefore.ClassifiedAt, untouched!.ClassifiedAt);
    }

    [Theory]
    [InlineData("api/reclassify?year=20x5", "not a year")]
    [InlineData("api/reclassify?year=2025&outdated=maybe", "true or false")]
    public async Task Reclassification_IsRefusedWithAReason_When_TheQueryIsNotValid(string url, string expected)
    {
        using var response = await platform.Http.PostAsync(url, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<ApiProblem>(ApiJson.Options))!.Title);
    }

    [Theory]
    [InlineData("api/reviews/suggestions", "year")]
    [InlineData("api/reviews/suggestions?year=2025&limit=0", "limit")]
    public async Task ReviewSuggestions_AreRefusedWithAReason_When_TheQueryIsNotValid(string url, string expected)
    {
        using var response = await platform.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<ApiProblem>(ApiJson.Options))!.Title);
    }

    [Fact]
    public async Task ReviewExport_IsRefusedWithAReason_When_TheYearIsMissing()
    {
        using var response = await platform.Http.GetAsync("api/reviews");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("year", (await response.Content.ReadFromJsonAsync<ApiProblem>(ApiJson.Options))!.Title);
    }

    [Theory]
    [InlineData("{\"actionLines\":[\"C99\"],\"reviewer\":\"x\"}", "Unknown action line")]
    [InlineData("{\"actionLines\":[\"C2\",null],\"reviewer\":\"x\"}", "\"actionLines\" holds null")]
    [InlineData("{\"actionLines\":[null],\"reviewer\":\"x\"}", "\"actionLines\" holds null")]
    [InlineData("{\"actionLines\":[\"C2\"],\"requestingBodies\":[null],\"reviewer\":\"x\"}", "\"requestingBodies\" holds null")]
    [InlineData("{\"actionLines\":[\"C2\"]}", "reviewer")]
    [InlineData("not json", "reviewer")]
    public async Task Correction_IsRefusedWithAReason_When_ItIsNotValid(string body, string expected)
    {
        var id = await platform.DropAsync($"{Year + 1}/TEST/refused-{Math.Abs(body.GetHashCode())}.md", SampleTexts.Contribution(nameof(Correction_IsRefusedWithAReason_When_ItIsNotValid) + body));
        await platform.WaitForFinalStatusAsync(id);

        using var response = await platform.Http.PutAsync($"api/documents/{id}/paragraphs/0/labels",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<ApiProblem>(ApiJson.Options))!.Title);
    }
}
