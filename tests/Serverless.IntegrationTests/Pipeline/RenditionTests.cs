using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.UnitTests;

namespace Serverless.IntegrationTests.Pipeline;

/// <summary>One contribution sent as Markdown, PDF and DOCX, through the real pipeline on Azurite and the HTTP API.</summary>
[Collection(PlatformCollection.Name)]
public class RenditionTests(PlatformFixture platform)
{
    private const int Year = 2104;

    [Fact]
    public async Task LaterRenditions_PointAtTheFirst_OverHttp_AndCountOnceInTheSummary()
    {
        // Arrange: the samples, dropped without an entity in the path, the Markdown first.
        string Sample(string extension) => Path.Combine(CorpusFiles.RepositoryRoot, "samples", $"itu-contribution-2025.{extension}");
        var first = await platform.DropAsync($"{Year}/itu-contribution.md", await File.ReadAllBytesAsync(Sample("md")));
        await platform.WaitForFinalStatusAsync(first);

        // Act
        var pdf = await platform.DropAsync($"{Year}/itu-contribution.pdf", await File.ReadAllBytesAsync(Sample("pdf")));
        var docx = await platform.DropAsync($"{Year}/itu-contribution.docx", await File.ReadAllBytesAsync(Sample("docx")));
        await platform.WaitForAsync(pdf, d => d.RenditionOf is not null, "linked to its first rendition");
        await platform.WaitForAsync(docx, d => d.RenditionOf is not null, "linked to its first rendition");
        await platform.WaitForFinalStatusAsync(pdf);
        await platform.WaitForFinalStatusAsync(docx);
        var summary = await platform.Platform.Services.GetRequiredService<CompileSummaryStep>().CompileAsync(Year);

        // Assert
        var original = await platform.Http.GetFromJsonAsync<DocumentRecord>($"api/documents/{first}", ApiJson.Options);
        var rendition = await platform.Http.GetFromJsonAsync<DocumentRecord>($"api/documents/{pdf}", ApiJson.Options);
        Assert.Null(original!.RenditionOf);
        Assert.Equal(first, rendition!.RenditionOf);
        Assert.Equal(original.Fingerprint, rendition.Fingerprint);
        Assert.Equal("ITU", rendition.Entity);
        Assert.Equal("detected", rendition.EntitySource);
        Assert.StartsWith("title: Contribution of the International Telecommunication Union", rendition.EntityEvidence);
        Assert.Equal(1, summary.Totals.Documents);
        Assert.Equal(2, summary.Totals.Renditions);
        Assert.Equal(1, summary.Entities.Single().Documents);
    }
}
