using Serverless.UnitTests.Renditions;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Notes listed after the text as a numbered list in small type (<c>1. See General Assembly resolution ...</c> under
/// "Notes"), as a page printed from HTML or a program that sets no footnotes gives them, are the notes the raised calls
/// of the text name; a numbered list in small type that no call names stays a list.
/// </summary>
public sealed class PdfListedEndnoteTests
{
    [Fact]
    public void AttachesTheListedNotes_When_TheTextCallsTheirNumbers()
    {
        // Before: the two notes were paragraphs numbered 1 and 2 after the conclusion, and no paragraph had a note.
        var relative = "skia/en-numbered.pdf";
        var paragraphs = Parsing.Parse(Path.GetFileName(relative), File.ReadAllBytes(RenditionCorpus.PathOf(relative))).Paragraphs;

        Assert.DoesNotContain(paragraphs, p => p.Text.StartsWith("See General Assembly resolution 70/125", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Footnotes?.Any(n => n.StartsWith("See General Assembly resolution 70/125", StringComparison.Ordinal)) == true);
    }

    [Fact]
    public void KeepsASmallNumberedList_When_NoCallNamesItsNumbers()
    {
        var content =
            "BT /F1 12 Tf 72 700 Td (The ministry connected forty rural clinics to the national network and trained) Tj " +
            "0 -15 Td (two hundred nurses to keep patient records on tablets in the northern area.) Tj ET " +
            "BT /F1 9 Tf 72 640 Td (1.) Tj 18 0 Td (Clinics in the three northern districts.) Tj ET " +
            "BT /F1 9 Tf 72 628 Td (2.) Tj 18 0 Td (Nurses of the district hospitals.) Tj ET";
        var pdf = OnePagePdf.Write(content);

        var paragraphs = Parsing.Parse("contribution.pdf", pdf).Paragraphs;

        Assert.Contains(paragraphs, p => p.Text == "Clinics in the three northern districts.");
        Assert.Contains(paragraphs, p => p.Text == "Nurses of the district hospitals.");
    }
}
