using Serverless.IntegrationTests.Hostile;
using Serverless.UnitTests.Renditions;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Text in a layer (an optional content group) the document's default configuration switches off is not on the page a
/// viewer shows or prints, and is not read; text in a layer shown is.
/// </summary>
public sealed class PdfOptionalContentTests
{
    private const string Helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    /// <summary>
    /// A page of three layers: "Notes" (object 6), "Text" (7), and a membership dictionary (8) shown when "Notes" is;
    /// <paramref name="configuration"/> is the default configuration (<c>/D</c>).
    /// </summary>
    private static byte[] LayeredPdf(string configuration)
    {
        var content =
            "BT /F1 12 Tf 72 720 Td (Broadband connectivity reached rural schools.) Tj ET " +
            "/OC /Notes BDC BT /F1 12 Tf 72 700 Td (HIDDEN reviewer note over the text.) Tj ET EMC " +
            "/OC /Text BDC BT /F1 12 Tf 72 680 Td (Shown in a layer of its own.) Tj ET EMC " +
            "/OC /Member BDC BT /F1 12 Tf 72 660 Td (HIDDEN through a membership dictionary.) Tj ET EMC";
        return HostileFiles.MiniPdf(
            $"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [6 0 R 7 0 R] /D {configuration} >> >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> " +
            "/Properties << /Notes 6 0 R /Text 7 0 R /Member 8 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            Helvetica,
            "<< /Type /OCG /Name (Notes) >>",
            "<< /Type /OCG /Name (Text) >>",
            "<< /Type /OCMD /OCGs [6 0 R] /P /AnyOn >>");
    }

    [Theory]
    [InlineData("<< /OFF [6 0 R] >>")]
    [InlineData("<< /BaseState /OFF /ON [7 0 R] >>")]
    public void LeavesOutALayersText_When_TheDocumentSwitchesTheLayerOff(string configuration)
    {
        // Before: the notes' layer was read, its text a paragraph of its own or run into the line it was drawn over.
        var text = string.Join("\n", Parsing.Parse("layers.pdf", LayeredPdf(configuration)).Paragraphs.Select(p => p.Text));

        Assert.DoesNotContain("HIDDEN", text, StringComparison.Ordinal);
        Assert.Contains("Broadband connectivity reached rural schools.", text, StringComparison.Ordinal);
        Assert.Contains("Shown in a layer of its own.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsEveryLayer_When_TheDocumentSwitchesNoneOff()
    {
        var text = string.Join("\n", Parsing.Parse("layers.pdf", LayeredPdf("<< /Name (Default) >>")).Paragraphs.Select(p => p.Text));

        Assert.Contains("HIDDEN reviewer note over the text.", text, StringComparison.Ordinal);
        Assert.Contains("HIDDEN through a membership dictionary.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsTheParagraphsUnderTheNotes_When_ALibreOfficePrintCarriesAReviewersLayerSwitchedOff()
    {
        // Before: the note drawn across the middle of the page ran into paragraph 2 (tests/renditions/hidden/).
        var path = Path.Combine(RenditionCorpus.Folder, "hidden", "en-numbered.layer.pdf");
        var paragraphs = Parsing.Parse("en-numbered.layer.pdf", File.ReadAllBytes(path)).Paragraphs;

        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("Reviewer", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Number == "2" && p.Text.EndsWith("with comparable indicators.", StringComparison.Ordinal));
    }
}
