using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.UnitTests.Reading;

namespace Serverless.IntegrationTests.Pipeline;

/// <summary>One contribution sent as Markdown, PDF and DOCX (written by the readers' round-trip writers), through the real pipeline on Azurite and the HTTP API.</summary>
[Collection(PlatformCollection.Name)]
public class RenditionTests(PlatformFixture platform)
{
    private const int Year = 2104;

    [Fact]
    public async Task LaterRenditions_PointAtTheFirst_OverHttp_AndCountOnceInTheSummaryAndTheWordSearch()
    {
        // Arrange: one contribution written as Markdown, PDF and DOCX, dropped without an entity in the path, the Markdown
        // first. Its text is this test's own: renditions that other tests upload (the committed samples) would be the same
        // documents, received earlier in another order.
        var contribution = SampleDocuments.ItuContribution with
        {
            Blocks = [.. SampleDocuments.ItuContribution.Blocks, new(SampleBlockKind.Paragraph, $"ITU staff can be reached at wsis-{Guid.NewGuid():N}@itu.int.")],
        };
        var first = await platform.DropAsync($"{Year}/itu-contribution.md", Encoding.UTF8.GetBytes(contribution.ToMarkdown()));
        await platform.WaitForFinalStatusAsync(first);

        // Act
        var pdf = await platform.DropAsync($"{Year}/itu-contribution.pdf", PdfSampleWriter.Write(contribution));
        var docx = await platform.DropAsync($"{Year}/itu-contribution.docx", DocxSampleWriter.Write(contribution));
        // Each rendition is linked when it is ingested, before it is classified.
        var later = await Task.WhenAll(new[] { pdf, docx }.Select(platform.WaitForFinalStatusAsync));
        var summary = await platform.Platform.Services.GetRequiredService<CompileSummaryStep>().CompileAsync(Year);
        var found = await platform.Http.GetFromJsonAsync<ParagraphHit[]>($"api/paragraphs?year={Year}&q=staff%20reached", ApiJson.Options);

        // Assert
        var original = await platform.Http.GetFromJsonAsync<DocumentRecord>($"api/documents/{first}", ApiJson.Options);
        var rendition = await platform.Http.GetFromJsonAsync<DocumentRecord>($"api/documents/{pdf}", ApiJson.Options);
        Assert.Null(original!.RenditionOf);
        Assert.All(later, r => Assert.True(r.RenditionOf == first,
            $"{r.FileName}: renditionOf {r.RenditionOf ?? "none"}, fingerprint {r.Fingerprint}, received {r.ReceivedAt:O}; " +
            $"the first: fingerprint {original.Fingerprint}, received {original.ReceivedAt:O}."));
        Assert.Equal(original.Fingerprint, rendition!.Fingerprint);
        Assert.Equal("ITU", rendition.Entity);
        Assert.Equal("detected", rendition.EntitySource);
        Assert.StartsWith("title: Contribution of the International Telecommunication Union", rendition.EntityEvidence);
        Assert.Equal(1, summary.Totals.Documents);
        Assert.Equal(2, summary.Totals.Renditions);
        Assert.Equal(1, summary.Entities.Single().Documents);
        Assert.Equal(first, Assert.Single(found!).DocumentId);
    }
}
