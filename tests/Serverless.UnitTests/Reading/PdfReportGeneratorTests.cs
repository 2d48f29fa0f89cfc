using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Layouts of the report generators web systems and document services run (the whole files are in
/// <c>tests/renditions/</c>: <c>dompdf/</c>, <c>htmldoc/</c>): ragged lines a page's printer broke before they were
/// full, and front matter numbered in small Roman figures.
/// </summary>
public sealed class PdfReportGeneratorTests
{
    private const double Left = 56.7;

    [Fact]
    public void JoinsLines_When_ARaggedLineBrokeEarlyAndItsSentenceGoesOnAtTheLineSpacing()
    {
        // Arrange: paragraphs 27 pt apart, their lines 16.4 pt; the first line stops well short of the column (a word
        // or two would fit), on a word, and the next goes on in lower case (as dompdf breaks lines of accented letters).
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var page = builder.AddPage(PageSize.A4);
        string[] first = ["The Secretariat coordinated the regional follow-up of the Summit in fourteen island States of",
            "the region, and this contribution summarises the action taken under the action lines for which the members",
            "reported progress during the year."];
        string[] second = ["Connectivity remains the first concern of the region, and two new submarine cables reached the coasts of",
            "three States in 2025."];
        var y = 700.0;
        foreach (var line in first)
        {
            page.AddText(line, 11, new PdfPoint(Left, y), font);
            y -= 16.4;
        }

        y -= 11;
        foreach (var line in second)
        {
            page.AddText(line, 11, new PdfPoint(Left, y), font);
            y -= 16.4;
        }

        // Act
        var paragraphs = Parsing.Parse("ragged.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal([string.Join(" ", first), string.Join(" ", second)], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void EndsParagraph_When_ItsLastLineStopsShortBeforeACapitalAtTheLineSpacing()
    {
        // Arrange: spaced paragraphs, and two set close (items without bullets): the short line ending a sentence ends
        // its paragraph before a capital, as it does wherever the printer fills its lines.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var page = builder.AddPage(PageSize.A4);
        const string Full = "The Commission published a regional study of broadband affordability in eighteen Arab countries and";
        page.AddText(Full, 11, new PdfPoint(Left, 700), font);
        page.AddText("recommends infrastructure sharing.", 11, new PdfPoint(Left, 683.6), font);
        page.AddText("Open government data and the reuse of public sector information.", 11, new PdfPoint(Left, 656.2), font);
        page.AddText("The protection of personal data in public administration.", 11, new PdfPoint(Left, 639.8), font);

        // Act
        var paragraphs = Parsing.Parse("items.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal([$"{Full} recommends infrastructure sharing.", "Open government data and the reuse of public sector information.",
            "The protection of personal data in public administration."], paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("i")]
    [InlineData("iv")]
    [InlineData("xii")]
    public void LeavesOutPageNumber_When_FrontMatterNumbersItInSmallRomanFigures(string number)
    {
        // Arrange: a table of contents' page (HTMLDOC's book mode, LaTeX's front matter) numbered in Roman figures at its
        // foot, then the text's page numbered 1.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var contents = builder.AddPage(PageSize.A4);
        contents.AddText("Contents", 16, new PdfPoint(260, 760), font);
        contents.AddText("Introduction ...................................................................................... 1", 11, new PdfPoint(Left, 730), font);
        contents.AddText("Capacity building ................................................................................ 1", 11, new PdfPoint(Left, 716), font);
        contents.AddText(number, 11, new PdfPoint(556, 36), font);
        var text = builder.AddPage(PageSize.A4);
        text.AddText("The Commission published a regional study of broadband affordability in eighteen Arab countries.", 11, new PdfPoint(Left, 760), font);
        text.AddText("1", 11, new PdfPoint(556, 36), font);

        // Act
        var paragraphs = Parsing.Parse("front-matter.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(["Contents", "The Commission published a regional study of broadband affordability in eighteen Arab countries."],
            paragraphs.Select(p => p.Text));
    }
}
