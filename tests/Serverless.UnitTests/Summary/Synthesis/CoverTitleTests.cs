using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Synthesis;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// A cover page's title that a PDF leaves as paragraphs, one per printed line, is cited whole: a line opening in lower
/// case continues the title line above it; a line opening with a capital is another line of the cover.
/// </summary>
public sealed class CoverTitleTests
{
    [Fact]
    public void CitesACoverTitleLeftAsParagraphs_Whole()
    {
        var document = Document(
            ("heading", "Meridian Development Consulting Ltd"),
            ("heading", "Digital Agriculture at IFAD: Review of 2025 Activities"),
            ("paragraph", "Input of the International Fund for Agricultural Development (IFAD) to the Secretary-General's"),
            ("paragraph", "report on WSIS implementation"),
            ("paragraph", "Prepared for the International Fund for Agricultural Development by Meridian Development"),
            ("paragraph", "Consulting Ltd, Nairobi"));

        Assert.Equal("Input of the International Fund for Agricultural Development (IFAD) to the Secretary-General's report on WSIS …", DocumentTitle.Of(document));
    }

    [Fact]
    public void EndsATitleLeftAsAParagraph_BeforeALineOpeningWithACapital()
    {
        var document = Document(
            ("paragraph", "Input to the 2025 WSIS report"),
            ("paragraph", "Prepared by the Lakeside Digital Trust"),
            ("paragraph", "In 2025, the Trust connected 58 clinics to broadband networks."));

        Assert.Equal("Input to the 2025 WSIS report", DocumentTitle.Of(document));
    }

    [Theory]
    [InlineData("Pologne", "MISSION PERMANENTE DE LA RÉPUBLIQUE DE POLOGNE AUPRÈS DE L'OFFICE DES NATIONS UNIES ET DES AUTRES ORGANISATIONS INTERNATIONALES À GENÈVE", null)]
    [InlineData("Pologne", "CONTRIBUTION DE LA POLOGNE AU RAPPORT DU SECRÉTAIRE GÉNÉRAL SUR LE SMSI", "CONTRIBUTION DE LA POLOGNE AU RAPPORT DU SECRÉTAIRE GÉNÉRAL SUR LE SMSI")]
    public void CitesNoLetterheadInCapitalsThatNamesTheContributor_AsTheTitle(string entity, string first, string? title)
    {
        var document = new SummaryDocument("d1", "note.docx", entity, "fr", null,
        [
            new SummaryParagraph(0, null, "paragraph", first, [], 0, [], [], []),
            new SummaryParagraph(1, null, "paragraph", "GEN.220.3.2026", [], 0, [], [], []),
            new SummaryParagraph(2, null, "paragraph", "En 2025, le Ministère des affaires numériques a raccordé 1,9 million de foyers au très haut débit.", [], 0, [], [], []),
        ], Kind: "contribution");

        Assert.Equal(title, DocumentTitle.Of(document));
    }

    [Theory]
    [InlineData("From: Digital Rights Lanka <info@digitalrightslanka.example.lk> To: CSTD Secretariat <cstd@un.example.org> Date: Mon, 19 Jan 2026 09:12:44 +0530 Subject: WSIS 2025 progress report - input",
        "WSIS 2025 progress report - input")]
    [InlineData("De : Réseau des Radios Rurales <contact@rrr.example.org> À : Secrétariat de la CSTD <cstd@un.example.org> Objet : contribution au rapport 2025 sur le SMSI",
        "Contribution au rapport 2025 sur le SMSI")]
    public void CitesAnEmailsSubject_NotItsSender_WhenItsHeaderFieldsRunIntoOneLine(string header, string title)
    {
        var document = Document(("paragraph", header), ("paragraph", "Dear colleagues,"), ("paragraph", "In 2025 we ran 46 digital security clinics for journalists."));

        Assert.Equal(title, DocumentTitle.Of(document));
    }

    private static SummaryDocument Document(params (string Kind, string Text)[] lines) =>
        new("d1", "cover.pdf", "IFAD", "en", null,
            lines.Select((l, i) => new SummaryParagraph(i, null, l.Kind, l.Text, [], 0, [], [], [])).ToArray(), Kind: "contribution");
}
