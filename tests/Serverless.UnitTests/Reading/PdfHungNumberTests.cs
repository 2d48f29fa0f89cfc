using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Numbers hung in the left margin, the text flush with the page's text edge, as UN reports and legal texts set them
/// (the whole files are in <c>tests/renditions/margin/</c>, printed by Chromium).
/// </summary>
public sealed class PdfHungNumberTests
{
    private static readonly string Renditions = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions");

    [Theory]
    [InlineData("81/215.")]
    [InlineData("12.3.")]
    public void ReadsOneHeading_When_ItsNumberHangsInTheMarginAndItsNextLineStartsAtTheTextEdge(string number)
    {
        // Arrange: the number from x = 30, reaching past the text edge (x = 72) or short of it, its text from x = 96; the
        // heading's second line and the body from the text edge.
        var builder = new PdfDocumentBuilder();
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var body = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText(number, 16, new PdfPoint(30, 700), bold);
        page.AddText("Information and communications technologies for sustainable", 16, new PdfPoint(96, 700), bold);
        page.AddText("development", 16, new PdfPoint(72, 680), bold);
        page.AddText("The General Assembly recalls its resolutions on information and communications technologies", 11, new PdfPoint(72, 650), body);
        page.AddText("for sustainable development and the outcome of the World Summit.", 11, new PdfPoint(72, 636), body);

        // Act
        var paragraphs = Parsing.Parse("hung.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(2, paragraphs.Count);
        Assert.EndsWith("Information and communications technologies for sustainable development", paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsTheResolutionsTitle_When_ChromiumHangsItsNumberInTheMargin()
    {
        // Act
        var read = Parsing.Parse("en-resolution.pdf", File.ReadAllBytes(Path.Combine(Renditions, "margin", "en-resolution.pdf"))).Paragraphs;

        // Assert
        Assert.Contains(read, p => p.Text.EndsWith("Information and communications technologies for sustainable development", StringComparison.Ordinal));
        Assert.DoesNotContain(read, p => p.Text == "development");
    }
}
