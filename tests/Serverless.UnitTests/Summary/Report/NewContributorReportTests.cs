using Serverless.Shared.Summary;

namespace Serverless.UnitTests.Summary.Report;

/// <summary>
/// Contributions from entities the catalogue does not know, as a new contributor sends them: the title says whose
/// contribution it is, the text speaks in the first person. The draft must say whose words it quotes, in the sentence
/// and in the footnote, rather than "an unidentified contributor".
/// </summary>
public sealed class NewContributorReportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wsis-new-contributors-").FullName;

    [Fact]
    public void NamesTheContributor_AsItsTitleWritesIt_When_TheCatalogueDoesNotKnowIt()
    {
        var year = Compile(
            ("pacific.md", "# Contribution of the Pacific Community (SPC) to the 2026 WSIS report\n\n1. In 2025 we helped three atoll nations plan the landing of a shared submarine cable, so that outer islands have a second link besides the satellite.\n"),
            ("agence.txt", "Contribution de l'Agence ivoirienne du service universel des télécommunications (AISUT) au rapport annuel sur la mise en œuvre du SMSI\n\n1. En 2025, nous avons raccordé 312 localités rurales au réseau mobile grâce à des pylônes partagés entre opérateurs.\n"));

        Assert.Equal(
            ["Agence ivoirienne du service universel des télécommunications (AISUT)", "Pacific Community (SPC)"],
            year.Summary.Entities.Select(e => e.Entity).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(year.Summary.Entities, e => e.Entity == SummaryCompiler.UnknownEntity);
    }

    [Theory]
    [InlineData("en", "The Pacific Community (SPC) reports: “In 2025 we helped", "Pacific Community (SPC)")]
    [InlineData("fr", "L'Agence ivoirienne du service universel des télécommunications (AISUT) indique : « En 2025, nous avons raccordé", "Agence ivoirienne du service universel des télécommunications (AISUT)")]
    public void QuotesAFirstPersonStatement_WithItsContributorsName_AndTheArticleItsTitleGivesIt(string language, string expected, string name)
    {
        var year = Compile(
            ("pacific.md", "# Contribution of the Pacific Community (SPC) to the 2026 WSIS report\n\n1. In 2025 we helped three atoll nations plan the landing of a shared submarine cable, so that outer islands have a second link besides the satellite.\n"),
            ("agence.txt", "Contribution de l'Agence ivoirienne du service universel des télécommunications (AISUT) au rapport annuel sur la mise en œuvre du SMSI\n\n1. En 2025, nous avons raccordé 312 localités rurales au réseau mobile grâce à des pylônes partagés entre opérateurs.\n"));

        var draft = ClassifiedDocuments.Builder.Build(year.Summary, language);

        var sentence = Assert.Single(draft.Sentences(), s => s.Text.StartsWith(expected, StringComparison.Ordinal));
        Assert.StartsWith(name, sentence.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsAStatementAsWritten_When_ItNamesItsContributorAlready()
    {
        var year = Compile(("pacific.md", "# Contribution of the Pacific Community (SPC) to the 2026 WSIS report\n\n1. The Pacific Community trained 300 fisheries officers in Palau to log their catches on mobile phones, so that the regional database is filled within a day.\n"));

        var draft = ClassifiedDocuments.Builder.Build(year.Summary, "en");

        var sentence = Assert.Single(draft.Sentences(), s => s.Text.Contains("300 fisheries officers", StringComparison.Ordinal));
        Assert.StartsWith("The Pacific Community trained", sentence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotesUnderTheName_TheOpeningSentencePresents_When_TheTitleNamesNobody()
    {
        var year = Compile(("ctu.md", "# Annual report 2025\n\nThe Caribbean Telecommunications Union (CTU) is pleased to submit its contribution to the report of the Secretary-General.\n\n1. In 2025 we helped five island States plan a shared exchange point, so that local traffic no longer crosses the sea twice.\n"));

        var draft = ClassifiedDocuments.Builder.Build(year.Summary, "en");

        Assert.Equal(["Caribbean Telecommunications Union (CTU)"], year.Summary.Entities.Select(e => e.Entity));
        Assert.Single(draft.Sentences(), s => s.Text.StartsWith("The Caribbean Telecommunications Union (CTU) reports: “In 2025 we helped", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (IReadOnlyList<SummaryDocument> Documents, YearSummary Summary) Compile(params (string Name, string Text)[] files)
    {
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(_folder, name), text);
        }

        var documents = ClassifiedDocuments.Read(files.Select(f => Path.Combine(_folder, f.Name))).Select(d => d.Document).ToArray();
        return (documents, ClassifiedDocuments.Compiler.Compile(2025, documents, null, DateTimeOffset.UnixEpoch));
    }
}
