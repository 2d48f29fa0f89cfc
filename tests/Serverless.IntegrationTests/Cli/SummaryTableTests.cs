using Serverless.Local.Cli;
using Serverless.Shared.Classification;
using Serverless.Shared.Entities;
using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Synthesis;

namespace Serverless.IntegrationTests.Cli;

/// <summary>What <c>./wsis compile</c> and <c>./wsis demo</c> print of a year's summary.</summary>
public class SummaryTableTests
{
    private static readonly SummaryCompiler Compiler = new(Taxonomy.LoadEmbedded(), RegionCatalog.LoadEmbedded(), EntityCatalog.LoadEmbedded(), TopicCatalog.LoadEmbedded());

    [Fact]
    public void SaysHowToReclassify_When_SomeDocumentsPredateTheTaxonomy()
    {
        var output = Print(2025, "2026.8", "2026.7", "2026.8", "2026.7");

        Assert.Contains("2 of them classified with an earlier taxonomy (2026.7: 2); POST /api/reclassify?year=2025&outdated=true classifies them with 2026.8.", output);
    }

    [Fact]
    public void SaysNothingOfTheTaxonomy_When_EveryDocumentIsClassifiedWithTheCurrentOne()
    {
        Assert.DoesNotContain("earlier taxonomy", Print(2025, "2026.8", "2026.8", "2026.8"));
    }

    private static string Print(int year, string current, params string[] versions)
    {
        var documents = versions.Select((v, i) => new SummaryDocument(
            $"d{i}", $"d{i}.md", "ITU", "en", null,
            [new SummaryParagraph(0, null, "paragraph", "Broadband reached rural schools.", ["C2"], 3, ["broadband"], [], [])],
            v)).ToArray();
        using var writer = new StringWriter();
        SummaryTable.Print(Compiler.Compile(year, documents, null, DateTimeOffset.UnixEpoch), current, writer);
        return writer.ToString();
    }
}
