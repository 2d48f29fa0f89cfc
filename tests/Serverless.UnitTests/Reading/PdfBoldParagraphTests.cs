using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// A paragraph set wholly in bold body type (a notice opening a guidance document): its first line, full and without a
/// sentence's end, is no heading over the rest.
/// </summary>
public sealed class PdfBoldParagraphTests
{
    [Fact]
    public void ReadsOneParagraph_When_ABoldParagraphsFirstLineFillsTheMeasure()
    {
        // Arrange: a body paragraph, then a bold one of two lines, the first as wide as the body's, then a bold heading
        // and its paragraph.
        var builder = new PdfDocumentBuilder();
        var body = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var bold = builder.AddStandard14Font(Standard14Font.TimesBold);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("The Ministry connected two hundred and forty rural schools to the national fibre backbone in", 12, new PdfPoint(72, 700), body);
        page.AddText("the year, with support from the universal service fund and the regional development bank.", 12, new PdfPoint(72, 686), body);
        page.AddText("Each government entity may face different situations that should be resolved with regard to", 12, new PdfPoint(72, 660), bold);
        page.AddText("circumstances, facts and materiality levels particular to that entity.", 12, new PdfPoint(72, 646), bold);
        page.AddText("Recording Land", 12, new PdfPoint(72, 620), bold);
        page.AddText("Land is to be recorded at its historical cost and remains at that cost until it is disposed of.", 12, new PdfPoint(72, 600), body);

        // Act
        var paragraphs = Parsing.Parse("guidance.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(4, paragraphs.Count);
        Assert.Equal(
            "Each government entity may face different situations that should be resolved with regard to circumstances, facts and materiality levels particular to that entity.",
            paragraphs[1].Text);
        Assert.NotEqual(Serverless.Shared.Segmentation.ParagraphKind.Heading, paragraphs[1].Kind);
        Assert.Equal((Serverless.Shared.Segmentation.ParagraphKind.Heading, "Recording Land"), (paragraphs[2].Kind, paragraphs[2].Text));
    }

    [Fact]
    public void ReadsOneParagraph_When_ItsLastSentenceTurnsBoldAtTheStartOfAFullLine()
    {
        // Arrange: a paragraph in roman type whose last sentence is set in bold from the end of its second line, so
        // that its third line, full and without a sentence's end, is bold throughout.
        var builder = new PdfDocumentBuilder();
        var body = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var bold = builder.AddStandard14Font(Standard14Font.TimesBold);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Further, as a practical matter, each entity should establish a cut-off date for the recognition", 12, new PdfPoint(72, 700), body);
        page.AddText("of earlier improvements to its sites and buildings. It is recommended that", 12, new PdfPoint(72, 686), body);
        page.AddText("every", 12, new PdfPoint(428, 686), bold);
        page.AddText("governmental entity review its projects of the last five years unless meaningful", 12, new PdfPoint(72, 672), bold);
        page.AddText("information is available for the years before them.", 12, new PdfPoint(72, 658), bold);

        // Act
        var paragraphs = Parsing.Parse("guidance.pdf", builder.Build()).Paragraphs;

        // Assert
        var paragraph = Assert.Single(paragraphs);
        Assert.EndsWith("unless meaningful information is available for the years before them.", paragraph.Text, StringComparison.Ordinal);
    }
}
