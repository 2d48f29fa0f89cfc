using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// The running head that repeats the current section's heading atop the page in the text's own type, changing with the
/// section: in capitals (LaTeX's "headings" styles, memoir's "ruled" style) or as written in slanted type (KOMA-Script's
/// scrlayer-scrpage); the whole files are <c>tests/renditions/memoir/</c> and <c>tests/renditions/koma/</c>.
/// </summary>
public sealed class PdfSectionRunningHeadsTests
{
    private const string Heading = "Action line C7: E-government and e-health";
    private const string Line1 = "The Commission updated its regional index of digital government services, which";
    private const string Line2 = "measures the availability, use and quality of online public services in the region";
    private const string Line3 = "and compares the average scores of the groups of countries over the last five years,";
    private const string Line4 = "so that ministries can see where the gaps between and within countries are widest.";

    [Fact]
    public void DropsRunningHead_When_ItRepeatsASectionHeadingInCapitalsAtTheBodySize()
    {
        // Arrange: the heading in bold at the foot of page 1, its paragraph running on to page 2, where the head repeats the heading
        // in capitals of the body's type above a blank line (memoir's "ruled" style, 11 pt, 95 pt below the page's top).
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var bold = builder.AddStandard14Font(Standard14Font.TimesBold);
        var first = builder.AddPage(PageSize.A4);
        first.AddText(Heading, 12, new PdfPoint(72, 120), bold);
        first.AddText(Line1, 11, new PdfPoint(72, 100), font);
        first.AddText(Line2, 11, new PdfPoint(72, 86), font);
        var second = builder.AddPage(PageSize.A4);
        second.AddText("ACTION LINE C7: E-GOVERNMENT AND E-HEALTH", 11, new PdfPoint(250, 747), font);
        second.AddText(Line3, 11, new PdfPoint(72, 720), font);
        second.AddText(Line4, 11, new PdfPoint(72, 706), font);

        // Act
        var paragraphs = Parsing.Parse("memoir.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal([Heading, $"{Line1} {Line2} {Line3} {Line4}"], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void DropsRunningHead_When_ALongHeadingsCapitalsRunToTwoLines()
    {
        // Arrange: the head of a long heading set right in two lines of capitals atop page 2.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var bold = builder.AddStandard14Font(Standard14Font.TimesBold);
        var first = builder.AddPage(PageSize.A4);
        first.AddText("Action line C2: Information and communication infrastructure", 12, new PdfPoint(72, 120), bold);
        first.AddText(Line1, 11, new PdfPoint(72, 100), font);
        first.AddText(Line2, 11, new PdfPoint(72, 86), font);
        var second = builder.AddPage(PageSize.A4);
        second.AddText("ACTION LINE C2: INFORMATION AND COMMUNICATION", 11, new PdfPoint(230, 747), font);
        second.AddText("INFRASTRUCTURE", 11, new PdfPoint(420, 734), font);
        second.AddText(Line3, 11, new PdfPoint(72, 708), font);
        second.AddText(Line4, 11, new PdfPoint(72, 694), font);

        // Act
        var paragraphs = Parsing.Parse("memoir-long.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(["Action line C2: Information and communication infrastructure", $"{Line1} {Line2} {Line3} {Line4}"],
            paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void DropsRunningHead_When_ItRepeatsALargerBoldHeadingInSlantedBodyType()
    {
        // Arrange: the heading in 14 pt bold at the foot of page 1, its paragraph running on to page 2, where the head
        // repeats it as written in 11 pt italics, 60 pt below the page's top (KOMA-Script's scrlayer-scrpage).
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var italic = builder.AddStandard14Font(Standard14Font.TimesItalic);
        var first = builder.AddPage(PageSize.A4);
        first.AddText(Heading, 14, new PdfPoint(72, 124), bold);
        first.AddText(Line1, 11, new PdfPoint(72, 100), font);
        first.AddText(Line2, 11, new PdfPoint(72, 86), font);
        var second = builder.AddPage(PageSize.A4);
        second.AddText(Heading, 11, new PdfPoint(72, 782), italic);
        second.AddText(Line3, 11, new PdfPoint(72, 748), font);
        second.AddText(Line4, 11, new PdfPoint(72, 734), font);

        // Act
        var paragraphs = Parsing.Parse("koma.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal([Heading, $"{Line1} {Line2} {Line3} {Line4}"], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void KeepsHeading_When_ASectionOpensAtopAPageInItsHeadingsType()
    {
        // Arrange: the same heading in bold atop page 2 and, in a sentence, on page 1: a section that opens on page 2.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var bold = builder.AddStandard14Font(Standard14Font.TimesBold);
        var first = builder.AddPage(PageSize.A4);
        first.AddText(Line1, 11, new PdfPoint(72, 700), font);
        var second = builder.AddPage(PageSize.A4);
        second.AddText(Heading, 12, new PdfPoint(72, 782), bold);
        second.AddText(Line3, 11, new PdfPoint(72, 748), font);

        // Act
        var paragraphs = Parsing.Parse("opens.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal([Line1, Heading, Line3], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void KeepsHeadingInCapitals_When_TheTextDoesNotWriteItInSmallLetters()
    {
        // Arrange: a heading set in capitals atop page 2 (an annex's), which no line writes in small letters; the text
        // names the annex in a sentence.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var first = builder.AddPage(PageSize.A4);
        first.AddText("The regional index is described in the annex below, with the scores of each country.", 11, new PdfPoint(72, 700), font);
        var second = builder.AddPage(PageSize.A4);
        second.AddText("ANNEX", 11, new PdfPoint(280, 747), font);
        second.AddText(Line3, 11, new PdfPoint(72, 720), font);
        second.AddText(Line4, 11, new PdfPoint(72, 706), font);

        // Act
        var paragraphs = Parsing.Parse("annex.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Contains("ANNEX", paragraphs.Select(p => p.Text));
    }
}
