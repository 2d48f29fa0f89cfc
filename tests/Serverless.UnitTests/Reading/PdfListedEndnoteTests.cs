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

    [Theory]
    [InlineData("dompdf/en-numbered.pdf")]
    [InlineData("htmldoc/en-numbered.webpage.pdf")]
    [InlineData("tcpdf/en-numbered.pdf")]
    public void AttachesNotesListedInTheTextsType_When_TheTextCallsTheirNumbers(string relative)
    {
        // Before: pages printed from HTML list their notes after the conclusion in the body's type, under a bare rule;
        // they were paragraphs numbered 1 and 2 after paragraph 11, and no paragraph had a note.
        var paragraphs = Parsing.Parse(Path.GetFileName(relative), File.ReadAllBytes(RenditionCorpus.PathOf(relative))).Paragraphs;

        Assert.DoesNotContain(paragraphs, p => p.Text.StartsWith("See General Assembly resolution 70/125", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Text.StartsWith("The affordability target was set", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Number == "1" && p.Footnotes?.Any(n => n.StartsWith("See General Assembly resolution 70/125", StringComparison.Ordinal)) == true);
        Assert.Contains(paragraphs, p => p.Number == "3" && p.Footnotes?.Any(n => n.StartsWith("The affordability target was set", StringComparison.Ordinal)) == true);
    }

    [Fact]
    public void KeepsANumberedListEndingTheText_When_OneOfItsNumbersIsNotCalled()
    {
        // The text calls note 1 only: the list of two after it is the text's own.
        var content =
            "BT /F1 12 Tf 72 700 Td (The ministry connected forty rural clinics to the national network.) Tj /F1 8 Tf 5 Ts (1) Tj 0 Ts ET " +
            "BT /F1 12 Tf 72 670 Td (1.) Tj 18 0 Td (Clinics in the three northern districts.) Tj ET " +
            "BT /F1 12 Tf 72 650 Td (2.) Tj 18 0 Td (Nurses of the district hospitals.) Tj ET";
        var pdf = OnePagePdf.Write(content);

        var paragraphs = Parsing.Parse("contribution.pdf", pdf).Paragraphs;

        Assert.Contains(paragraphs, p => p.Text == "Clinics in the three northern districts." && p.Number == "1");
        Assert.Contains(paragraphs, p => p.Text == "Nurses of the district hospitals." && p.Number == "2");
    }

    [Fact]
    public void AttachesNotesListedInTheTextsType_When_EveryNumberIsCalledBeforeThem()
    {
        var content =
            "BT /F1 12 Tf 72 700 Td (The ministry connected forty rural clinics to the national network.) Tj /F1 8 Tf 5 Ts (1) Tj 0 Ts ET " +
            "BT /F1 12 Tf 72 682 Td (It also trained two hundred nurses to keep records on tablets.) Tj /F1 8 Tf 5 Ts (2) Tj 0 Ts ET " +
            "BT /F1 12 Tf 72 640 Td (1.) Tj 18 0 Td (Clinics in the three northern districts.) Tj ET " +
            "BT /F1 12 Tf 72 620 Td (2.) Tj 18 0 Td (Nurses of the district hospitals.) Tj ET";
        var pdf = OnePagePdf.Write(content);

        var paragraphs = Parsing.Parse("contribution.pdf", pdf).Paragraphs;

        Assert.DoesNotContain(paragraphs, p => p.Text == "Clinics in the three northern districts.");
        Assert.Contains(paragraphs, p => p.Footnotes?.Contains("Clinics in the three northern districts.") == true);
        Assert.Contains(paragraphs, p => p.Footnotes?.Contains("Nurses of the district hospitals.") == true);
    }
}
