using Serverless.UnitTests.Renditions;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// A note at the foot of a page opened by a Unicode superscript digit (<c>¹ The tests were...</c>), as a program that
/// cannot raise part of a line sets it (gofpdf, a form's text), is read as a note from its first line to its last, and
/// answers the call written the same way in the text (<c>area.¹</c>).
/// </summary>
public sealed class PdfSuperscriptNoteTests
{
    [Fact]
    public void ReadsTheNoteWhole_When_ItsSecondLineIsShortOnAnAlmostEmptyPage()
    {
        // Before: the note's first line was the note, its second ("Meteorological Organization.") a paragraph.
        var relative = "gofpdf/en-unnumbered.pdf";
        var paragraphs = Parsing.Parse(Path.GetFileName(relative), File.ReadAllBytes(RenditionCorpus.PathOf(relative))).Paragraphs;

        Assert.DoesNotContain(paragraphs, p => p.Text == "Meteorological Organization.");
        var note = Assert.Single(paragraphs.Single(p => p.Text.StartsWith("Cyclones and rising seas", StringComparison.Ordinal)).Footnotes!);
        Assert.EndsWith("and of the World Meteorological Organization.", note, StringComparison.Ordinal);
    }

    [Fact]
    public void AttachesTheNote_When_ItsNumberAndItsCallAreSuperscriptDigits()
    {
        // Body in 12 pt; at the foot, a note in 9 pt whose first line runs nearly to the margin and whose second is short.
        var content =
            "BT /F1 12 Tf 72 700 Td (The ministry connected forty rural clinics to the national network and trained) Tj " +
            "0 -15 Td (two hundred nurses to keep patient records on tablets in the northern area.\\271) Tj ET " +
            "BT /F1 9 Tf 72 120 Td (\\271 The clinics were chosen with the regional health offices and the association of) Tj " +
            "0 -11 Td (village doctors.) Tj ET";
        var pdf = OnePagePdf.Write(content, fontEntries: "/Encoding /WinAnsiEncoding ");

        var paragraphs = Parsing.Parse("contribution.pdf", pdf).Paragraphs;

        var paragraph = Assert.Single(paragraphs);
        Assert.EndsWith("in the northern area.", paragraph.Text, StringComparison.Ordinal);
        Assert.Equal(
            "The clinics were chosen with the regional health offices and the association of village doctors.",
            Assert.Single(paragraph.Footnotes!));
    }
}
