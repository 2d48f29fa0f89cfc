using Serverless.Shared.Reading;
using Serverless.Shared.Segmentation;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Text set by the PDF libraries programs use (the whole files are in <c>tests/renditions/</c>: <c>jspdf/</c>,
/// <c>pdfmake/</c>, <c>pdfkit/</c>, <c>pdflib/</c>, set by the scripts of <c>tests/renditions/js/</c>).
/// </summary>
public sealed class PdfLibraryTextTests
{
    private static readonly string Renditions = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions");

    [Fact]
    public void TakesSuperscriptCallsAndTheirNotes_When_NotesOpenWithTheSameSuperscript()
    {
        // Arrange: calls written as Unicode's superscript digits after a full stop and a word, answered by notes at the
        // end of the text; an area in square metres, which no note answers, keeps its superscript.
        List<TextBlock> blocks =
        [
            new("The Commission reported on the Summit.¹ It worked with member States² on 200 m³ of archives.", BlockKind.Paragraph, Page: 1),
            new("More text on the second page.", BlockKind.Paragraph, Page: 2),
            new("¹ See General Assembly resolution 70/125.", BlockKind.Paragraph, Page: 2),
            new("²The target was set in 2018.", BlockKind.Paragraph, Page: 2),
        ];

        // Act
        PdfBracketedNotes.Apply(blocks);

        // Assert
        Assert.Equal(
            [
                ("The Commission reported on the Summit.<sup>1</sup> It worked with member States<sup>2</sup> on 200 m³ of archives.", BlockKind.Paragraph, null),
                ("More text on the second page.", BlockKind.Paragraph, null),
                ("See General Assembly resolution 70/125.", BlockKind.Footnote, "1"),
                ("The target was set in 2018.", BlockKind.Footnote, "2"),
            ],
            blocks.Select(b => (b.Text, b.Kind, (string?)b.Number)));
    }

    [Fact]
    public void OpensTheTextWithItsNumber_When_APageBreakLeftTheNumberAloneAtTheFootOfThePageBefore()
    {
        // Arrange: a number and its text set as two boxes side by side (a row of a marker and a text box), which the page
        // broke apart: "8." is the last line of page 1, its text opens page 2 where the items hang their text.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var first = builder.AddPage(PageSize.A4);
        first.AddText("6.", 11, new PdfPoint(56, 174), font);
        first.AddText("More than 2,400 civil servants followed the online courses of the Commission's academy on", 11, new PdfPoint(80, 174), font);
        first.AddText("digital government, cybersecurity, data governance and artificial intelligence.", 11, new PdfPoint(80, 160), font);
        first.AddText("7.", 11, new PdfPoint(56, 140), font);
        first.AddText("The academy introduced the following new courses in Arabic, English and French, each of", 11, new PdfPoint(80, 140), font);
        first.AddText("them given online and in the classrooms of the academy.", 11, new PdfPoint(80, 126), font);
        first.AddText("8.", 11, new PdfPoint(56, 106), font);
        var second = builder.AddPage(PageSize.A4);
        second.AddText("A regional workshop on digital skills for youth was held in Amman in October 2025 with the", 11, new PdfPoint(80, 760), font);
        second.AddText("support of the United Nations Educational, Scientific and Cultural Organization.", 11, new PdfPoint(80, 746), font);
        second.AddText("9.", 11, new PdfPoint(56, 728), font);
        second.AddText("The Commission updated its regional index of digital government services.", 11, new PdfPoint(80, 728), font);

        // Act
        var paragraphs = Parsing.Parse("rows.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(["6", "7", "8", "9"], paragraphs.Select(p => p.Number));
        Assert.StartsWith("A regional workshop", paragraphs[2].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-numbered.pdf", "8", "Un atelier régional")]
    [InlineData("en-report.pdf", "6", "Gaps between women and men")]
    public void OpensTheTextWithItsNumber_When_ReactPdfBreaksAnItemsRowAtThePagesEnd(string file, string number, string text)
    {
        // Act: react-pdf's print, each numbered paragraph a row of the number's box and the text's.
        var read = Parsing.Parse(file, File.ReadAllBytes(Path.Combine(Renditions, "react-pdf", file))).Paragraphs;

        // Assert
        Assert.StartsWith(text, read.Single(p => p.Number == number).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(read, p => p.Text == number + ".");
    }

    [Fact]
    public void ReadsTheNotesAndTheirCalls_When_JsPdfWritesCallsAsSuperscriptCharacters()
    {
        // Act: jsPDF's print, its calls the characters ¹ and ², its notes at the end opened by the same characters.
        var read = Parsing.Parse("fr-numbered.pdf", File.ReadAllBytes(Path.Combine(Renditions, "jspdf", "fr-numbered.pdf"))).Paragraphs;

        // Assert
        var first = read.Single(p => p.Number == "1");
        Assert.EndsWith("résolution 70/125 de l'Assemblée générale.", first.Text.Replace('’', '\''), StringComparison.Ordinal);
        Assert.Single(first.Footnotes!);
        Assert.DoesNotContain(read, p => p.Text.Contains('¹', StringComparison.Ordinal) || p.Text.Contains('²', StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsTwoHeadings_When_TheyAreCloserThanAnEmButWiderApartThanTheLinesOfOne()
    {
        // Arrange: headings of one size in bold, each line 16 pt below the one before within a heading and 22 pt below
        // the heading before (jsPDF's layout of a title over two lines, then a subtitle); later two headings of one line
        // each, 22 pt apart, with nothing but the earlier heading to measure them by; body text under each.
        var builder = new PdfDocumentBuilder();
        var bold = builder.AddStandard14Font(Standard14Font.TimesBold);
        var body = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Progress made in the implementation of the outcomes of the World Summit on the", 13, new PdfPoint(72, 760), bold);
        page.AddText("Information Society", 13, new PdfPoint(72, 744), bold);
        page.AddText("Note by the Secretary-General", 13, new PdfPoint(72, 722), bold);
        page.AddText("The Secretary-General has the honour to transmit to the General Assembly the report of the", 11, new PdfPoint(72, 700), body);
        page.AddText("Commission on the implementation of the outcomes of the Summit.", 11, new PdfPoint(72, 686), body);
        page.AddText("Annex", 13, new PdfPoint(72, 640), bold);
        page.AddText("Draft declaration of the stakeholders", 13, new PdfPoint(72, 618), bold);
        page.AddText("We, the representatives of governments, of the private sector and of civil society, reaffirm", 11, new PdfPoint(72, 596), body);
        page.AddText("our commitment to an inclusive information society.", 11, new PdfPoint(72, 582), body);

        // Act
        var paragraphs = Parsing.Parse("headings.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(
            [(ParagraphKind.Heading, "Progress made in the implementation of the outcomes of the World Summit on the Information Society"),
             (ParagraphKind.Heading, "Note by the Secretary-General"),
             (ParagraphKind.Paragraph, "The Secretary-General has the honour to transmit to the General Assembly the report of the Commission on the implementation of the outcomes of the Summit."),
             (ParagraphKind.Heading, "Annex"),
             (ParagraphKind.Heading, "Draft declaration of the stakeholders"),
             (ParagraphKind.Paragraph, "We, the representatives of governments, of the private sector and of civil society, reaffirm our commitment to an inclusive information society.")],
            paragraphs.Select(p => (p.Kind, p.Text)));
    }

    [Fact]
    public void ReadsTheRowsOfATable_When_ItsFirstColumnTakesTheWidthLeftAndTheOthersAreASpaceApart()
    {
        // Arrange: a table as wide as the text, as a report generator sets one: the first column takes the room left,
        // the figures' columns are sized to them, 8 points apart (under an em), so each row has one wide gap only; a
        // figure with its unit ("92 %") is one cell.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("The table below shows the share of the population using the internet, by group of the", 11, new PdfPoint(72, 760), font);
        page.AddText("countries concerned.", 11, new PdfPoint(72, 746), font);
        string[][] rows = [["Group of countries", "2023", "2025"], ["Developed countries", "92 %", "93 %"], ["Developing countries", "60 %", "65 %"], ["Least developed countries", "35 %", "41 %"]];
        for (var r = 0; r < rows.Length; r++)
        {
            var y = 716 - (r * 18);
            page.AddText(rows[r][0], 11, new PdfPoint(76, y), r == 0 ? bold : font);
            page.AddText(rows[r][1], 11, new PdfPoint(440, y), r == 0 ? bold : font);
            page.AddText(rows[r][2], 11, new PdfPoint(473, y), r == 0 ? bold : font);
        }

        // Act
        var paragraphs = Parsing.Parse("table.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(
            ["Group of countries | 2023 | 2025", "Developed countries | 92 % | 93 %", "Developing countries | 60 % | 65 %", "Least developed countries | 35 % | 41 %"],
            paragraphs.Where(p => p.Kind == ParagraphKind.Table).Select(p => p.Text));
    }

    [Fact]
    public void ReadsOneHeading_When_ItsSecondLineHangsUnderTheTextAfterATab()
    {
        // Arrange: a resolution's number a tab before its title, the title's second line under the title's text (a
        // hanging indent, as pdfmake's columns and Word's hanging paragraphs set it), then the body at the margin.
        var builder = new PdfDocumentBuilder();
        var bold = builder.AddStandard14Font(Standard14Font.TimesBold);
        var body = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("81/215.", 12.5, new PdfPoint(72, 760), bold);
        page.AddText("Information and communications technologies for sustainable", 12.5, new PdfPoint(130, 760), bold);
        page.AddText("development", 12.5, new PdfPoint(130, 745), bold);
        page.AddText("The General Assembly,", 11, new PdfPoint(72, 720), body);

        // Act
        var paragraphs = Parsing.Parse("hanging.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(
            [(ParagraphKind.Heading, "81/215. Information and communications technologies for sustainable development"),
             (ParagraphKind.Paragraph, "The General Assembly,")],
            paragraphs.Select(p => (p.Kind, p.Text)));
    }

    [Fact]
    public void AttachesTheNotes_When_TheyAreGatheredAfterTheLastParagraphHighOnThePage()
    {
        // Arrange: a one-page text whose notes follow its last paragraph, in smaller type, each opened by a raised
        // number, in the upper half of the page (the text is short), as programs that set no footnotes gather them.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("The Commission reported on the outcomes of the World Summit on the Information Society and", 10, new PdfPoint(72, 760), font);
        page.AddText("worked with member States to narrow the digital divide in the region.", 10, new PdfPoint(72, 747), font);
        page.AddText("1", 6.5, new PdfPoint(382, 751), font);
        page.AddText("1", 5.5, new PdfPoint(72, 719), font);
        page.AddText("See General Assembly resolution 70/125 of 16 December 2015, paragraphs 6 and 70.", 8, new PdfPoint(76, 716), font);

        // Act
        var paragraphs = Parsing.Parse("endnotes.pdf", builder.Build()).Paragraphs;

        // Assert
        var paragraph = Assert.Single(paragraphs);
        Assert.Equal("The Commission reported on the outcomes of the World Summit on the Information Society and worked with member States to narrow the digital divide in the region.", paragraph.Text);
        Assert.Equal(["See General Assembly resolution 70/125 of 16 December 2015, paragraphs 6 and 70."], paragraph.Footnotes!);
    }

    [Theory]
    [InlineData(1.7, "Most of them concerned infrastructure, capacity-building and e-government, while fewer addressed ethics.")]
    [InlineData(6.2, "Most of them concerned infrastructure, capacity- building and e- government, while fewer addressed ethics.")]
    public void ClosesTheGapAfterAHyphen_When_ItIsNarrowerThanHalfTheLinesWordSpaces(double hyphenGap, string expected)
    {
        // Arrange: a justified line whose words stand 6.2 points apart, as pdfmake sets them, and whose compounds'
        // hyphens are followed by a stretch of 1.7 points (its break after a hyphen widened like a space), or by a full
        // word space, as a hyphen suspending a compound is ("pre- and post-war").
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var page = builder.AddPage(PageSize.A4);
        var x = 72.0;
        foreach (var word in "Most of them concerned infrastructure, capacity- building and e- government, while fewer addressed ethics.".Split(' '))
        {
            var letters = page.AddText(word, 11, new PdfPoint(x, 700), font);
            x = letters[^1].EndBaseLine.X + (word.EndsWith('-') ? hyphenGap : 6.2);
        }

        // Act
        var paragraph = Assert.Single(Parsing.Parse("hyphens.pdf", builder.Build()).Paragraphs);

        // Assert
        Assert.Equal(expected, paragraph.Text);
    }
}
