using Serverless.Shared.Classification;
using Serverless.Shared.Entities;
using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Synthesis;

namespace Serverless.UnitTests.Summary;

public class SummaryCompilerTests
{
    private static readonly DateTimeOffset CompiledAt = new(2026, 1, 15, 6, 0, 0, TimeSpan.Zero);
    private readonly SummaryCompiler _compiler = new(Taxonomy.LoadEmbedded(), RegionCatalog.LoadEmbedded(), EntityCatalog.LoadEmbedded(), TopicCatalog.LoadEmbedded());

    [Fact]
    public void CountsSubLineParagraphsForC7_AndKeepsTheSubLineRow()
    {
        var documents = new[] { Document("d1", "WHO", P(0, ["C7.4"]), P(1, ["C7.4", "C2"]), P(2, ["C2"])) };

        var summary = _compiler.Compile(2025, documents, null, CompiledAt);

        Assert.Equal(2, Row(summary, "C7").Paragraphs);
        Assert.Equal(2, Row(summary, "C7.4").Paragraphs);
        Assert.Equal(2, Row(summary, "C2").Paragraphs);
        Assert.Equal(["C2", "C7"], summary.Entities.Single().ActionLines);
    }

    [Fact]
    public void CountsAParagraphOnce_When_ADocumentRepeatsItWordForWord()
    {
        // Before, a contribution repeating one paragraph 3,000 times added 3,000 to its line's count.
        const string Repeated = "The ministry connected forty rural schools to the national broadband network this year.";
        var repeats = Enumerable.Range(0, 3000).Select(i => P(i, ["C2"], text: Repeated));
        var documents = new[]
        {
            Document("d1", "ITU", [.. repeats, P(3000, ["C2"])]),
            Document("d2", "WHO", P(0, ["C2"], text: Repeated)),
        };

        var summary = _compiler.Compile(2025, documents, null, CompiledAt);

        Assert.Equal(3, Row(summary, "C2").Paragraphs);
        Assert.Equal(3, summary.Totals.Paragraphs);
    }

    [Fact]
    public void DistinctiveTerms_NameTheModelsWordsAsWords_SoTheyCanBeFoundInTheText()
    {
        SummaryParagraph Labelled(int index, string[] terms) =>
            P(index, ["C2"]) with { EvidenceTerms = terms };
        var documents = new[]
        {
            Document("d1", "ITU", Labelled(0, ["word:broadband", "fibre"]), Labelled(1, ["word:broadband", "word:towers"])),
        };

        var terms = Row(_compiler.Compile(2025, documents, null, CompiledAt), "C2").DistinctiveTerms;

        Assert.Equal(["broadband", "fibre", "towers"], terms);
    }

    [Fact]
    public void TotalsCountDocumentsEntitiesParagraphsAndTheLabelledShare()
    {
        var documents = new[]
        {
            Document("d1", "ITU", P(0, ["C2"]), P(1, [])),
            Document("d2", "ITU", P(0, ["C4"])),
            Document("d3", null, P(0, []), P(1, [])),
        };

        var totals = _compiler.Compile(2025, documents, null, CompiledAt).Totals;

        Assert.Equal(3, totals.Documents);
        Assert.Equal(2, totals.ContributingEntities);
        Assert.Equal(5, totals.Paragraphs);
        Assert.Equal(2, totals.LabelledParagraphs);
        Assert.Equal(0.4, totals.LabelledShare);
    }

    [Fact]
    public void GivesTheSameVersion_When_CompiledTwiceFromTheSameData_AndAnotherWhenDataChanges()
    {
        var documents = new[] { Document("d1", "ITU", P(0, ["C2"])) };

        var first = _compiler.Compile(2025, documents, null, CompiledAt);
        var second = _compiler.Compile(2025, documents, null, CompiledAt.AddHours(5));
        var changed = _compiler.Compile(2025, [Document("d1", "ITU", P(0, ["C4"]))], null, CompiledAt);

        Assert.Equal(first.Version, second.Version);
        Assert.NotEqual(first.Version, changed.Version);
    }

    [Fact]
    public void ListsRequestsToTheSecretaryGeneral_WithTheirSource()
    {
        var request = P(4, [], kind: "operative", text: "Prie le Secrétaire général de lui présenter un rapport sur l'application de la présente résolution.",
            bodies: ["GA"], addressees: ["SG"], number: "12");
        var documents = new[] { Document("d1", "GA", request, P(5, [], kind: "operative", addressees: ["MEMBER-STATES"])) };

        var summary = _compiler.Compile(2025, documents, null, CompiledAt);

        var cited = Assert.Single(summary.RequestsToSecretaryGeneral);
        Assert.Equal(["GA"], cited.RequestingBodies);
        Assert.Equal("12", cited.Source.ParagraphNumber);
        Assert.Equal("A/RES/1", cited.Source.Symbol);
        Assert.Equal(1, summary.Bodies.Single(b => b.Id == "GA").Requests);
    }

    [Fact]
    public void GroupsParagraphsByTheRegionTheyName()
    {
        var documents = new[]
        {
            Document("d1", "ECA", P(0, ["C2"], text: "La CEA a aidé douze pays d'Afrique à adopter une stratégie nationale du haut débit pour les zones rurales.")),
            Document("d2", "ECLAC", P(0, ["C4"], text: "ECLAC trained officials from Latin America and the Caribbean on digital skills for public administration.")),
        };

        var regions = _compiler.Compile(2025, documents, null, CompiledAt).Regions;

        Assert.Equal(["AFRICA", "LATIN-AMERICA-CARIBBEAN"], regions.Select(r => r.Id));
        Assert.Equal("d1", regions[0].Highlights.Single().DocumentId);
    }

    [Fact]
    public void ComparesWithThePreviousYear_When_ItWasCompiled()
    {
        var previous = _compiler.Compile(2024, [Document("d0", "ITU", P(0, ["C2"]), P(1, ["C2"]), P(2, ["C2"]))], null, CompiledAt);

        var summary = _compiler.Compile(2025, [Document("d1", "ITU", P(0, ["C2"]), P(1, ["C4"]))], previous, CompiledAt);

        Assert.Equal(3, Row(summary, "C2").PreviousParagraphs);
        Assert.Equal(0, Row(summary, "C4").PreviousParagraphs);
        Assert.Equal(3, summary.Previous!.Paragraphs);
    }

    [Fact]
    public void HighlightsOnlyCitableParagraphs_PreferringStrongerLabels()
    {
        var heading = P(0, ["C2"], kind: "heading", score: 9);
        var weak = P(1, ["C2"], score: 1, text: new string('w', 300));
        var strong = P(2, ["C2"], score: 5, text: new string('s', 300));

        var highlights = Row(_compiler.Compile(2025, [Document("d1", "ITU", heading, weak, strong)], null, CompiledAt), "C2").Highlights;

        Assert.Equal([2, 1], highlights.Select(h => h.ParagraphIndex));
    }

    [Fact]
    public void TotalsCountDocumentsPerTaxonomyVersion_When_SomeWereClassifiedBeforeAChange()
    {
        var documents = new[]
        {
            Document("d1", "ITU", P(0, ["C2"])) with { TaxonomyVersion = "2026.8" },
            Document("d2", "ITU", P(0, ["C4"])) with { TaxonomyVersion = "2026.7" },
            Document("d3", "WHO", P(0, ["C7.4"])) with { TaxonomyVersion = "2026.8" },
            Document("d4", "WHO", P(0, [])),
        };

        var versions = _compiler.Compile(2025, documents, null, CompiledAt).Totals.TaxonomyVersions!;

        Assert.Equal(new Dictionary<string, int> { ["2026.7"] = 1, ["2026.8"] = 2, ["unknown"] = 1 }, versions);
    }

    private static ActionLineSummary Row(YearSummary summary, string code) => summary.ActionLines.Single(a => a.Code == code);

    private static SummaryDocument Document(string id, string? entity, params SummaryParagraph[] paragraphs) =>
        new(id, id + ".md", entity, "fr", entity == "GA" ? "A/RES/1" : null, paragraphs);

    private static SummaryParagraph P(
        int index, string[] actionLines, string kind = "paragraph", double score = 1, string? text = null,
        string[]? bodies = null, string[]? addressees = null, string? number = null) =>
        new(index, number, kind, text ?? $"Paragraph {index} of a contribution, long enough to be quoted in the draft report as a highlight.",
            actionLines, score, actionLines.Length > 0 ? ["term"] : [], bodies ?? [], addressees ?? []);
}
