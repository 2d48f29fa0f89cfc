using Serverless.Shared.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.PdfFonts;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Pages as the tools that portals and archives run on PDFs leave them: turned a quarter (<c>/Rotate 90</c>, or the turn
/// written into the content), re-written with object streams, crop boxes and form XObjects (the whole files are in
/// <c>tests/renditions/</c>: <c>rotated/</c>, <c>qpdf/</c>, <c>mutool/</c>, <c>cropped/</c>, <c>pdfjam/</c>), and re-distilled
/// for print (<c>prepress/</c>).
/// </summary>
public sealed class PdfRewrittenPageTests
{
    private static readonly string Renditions = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions");

    [Theory]
    [InlineData("rotated/fr-numbered.libreoffice.pdf", "libreoffice/fr-numbered.pdf")] // /Rotate 90 on every page
    [InlineData("rotated/en-numbered.turned.pdf", "weasyprint/en-numbered.pdf")] // landscape pages, the content drawn turned
    public void ReadsTheParagraphsOfTheUprightPrint_When_PagesAreTurnedAQuarter(string turned, string upright)
    {
        // Act
        var expected = Paragraphs(upright);
        var actual = Paragraphs(turned);

        // Assert: every paragraph, its number and its kind, as the print that was not turned gives them.
        Assert.True(expected.Count > 20, $"{upright}: {expected.Count} paragraphs");
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("prepress/en-numbered.pdfsharp.pdf", "pdfsharp/en-numbered.pdf")]
    [InlineData("prepress/fr-unnumbered.pdfsharp.pdf", "pdfsharp/fr-unnumbered.pdf")]
    public void ReadsTheBulletsOfTheOriginal_When_ARedistilledFontReadsWindowsCodesAsControls(string redistilled, string original)
    {
        // Arrange: Ghostscript's "prepress" copy of a PDFsharp print writes its WinAnsi fonts without a Unicode map, and
        // the bullet, code 0x95, reads as the control character U+0095.
        var expected = Paragraphs(original);

        // Act
        var actual = Paragraphs(redistilled);

        // Assert: the list items are list items again, and no paragraph holds a control character.
        Assert.Contains(expected, p => p.Kind == nameof(Serverless.Shared.Segmentation.ParagraphKind.ListItem));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void TurnsLettersToRunLeftToRight_When_MostOfThePageRunsUp()
    {
        // Arrange: a portrait page (600 x 800) shown turned: "Text" runs up the left side, from (100, 50); a page number
        // "7" runs left to right.
        var letters = new List<Letter>();
        for (var i = 0; i < 4; i++)
        {
            var y = 50 + (i * 6);
            letters.Add(LetterAt("Text"[i].ToString(), new PdfRectangle(92, y, 100, y + 6), new PdfPoint(100, y), new PdfPoint(100, y + 6)));
        }

        letters.Add(LetterAt("7", new PdfRectangle(300, 20, 306, 28), new PdfPoint(300, 20), new PdfPoint(306, 20)));

        // Act
        var upright = PdfUprightPage.Of(letters, 600, 800);

        // Assert: the page is 800 wide and 600 high; "Text" runs right on one baseline, 100 points above the foot, from x = 50.
        Assert.Equal((800.0, 600.0, 1), (upright.Width, upright.Height, upright.Quarters));
        var turned = upright.Letters.Take(4).ToList();
        Assert.All(turned, l => Assert.Equal(TextOrientation.Horizontal, l.TextOrientation));
        Assert.Equal([50.0, 56, 62, 68], turned.Select(l => l.StartBaseLine.X));
        Assert.All(turned, l => Assert.Equal(600 - 100, l.StartBaseLine.Y, 6));
        Assert.All(turned, l => Assert.True(l.BoundingBox.Bottom >= 500 - 0.001 && l.BoundingBox.Top <= 508 + 0.001, $"{l.BoundingBox}"));
    }

    [Fact]
    public void KeepsTheLetters_When_MostOfThePageRunsLeftToRight()
    {
        // Arrange: a line of text and one letter set upwards in the margin (a running note).
        var letters = new List<Letter>
        {
            LetterAt("A", new PdfRectangle(100, 700, 106, 708), new PdfPoint(100, 700), new PdfPoint(106, 700)),
            LetterAt("B", new PdfRectangle(106, 700, 112, 708), new PdfPoint(106, 700), new PdfPoint(112, 700)),
            LetterAt("c", new PdfRectangle(20, 300, 28, 306), new PdfPoint(28, 300), new PdfPoint(28, 306)),
        };

        // Act
        var upright = PdfUprightPage.Of(letters, 600, 800);

        // Assert
        Assert.Same(letters, upright.Letters);
        Assert.Equal((600.0, 800.0, 0), (upright.Width, upright.Height, upright.Quarters));
    }

    private static List<(string Text, string? Number, string Kind)> Paragraphs(string relative) =>
        Parsing.Parse(Path.GetFileName(relative), File.ReadAllBytes(Path.Combine(Renditions, relative))).Paragraphs
            .Select(p => (p.Text, p.Number, p.Kind.ToString()))
            .ToList();

    private static Letter LetterAt(string value, PdfRectangle box, PdfPoint start, PdfPoint end) =>
        new(value, box, box, start, end, 6, 1, new FontDetails("F", false, 400, false), TextRenderingMode.Fill, GrayColor.Black, GrayColor.Black, 10, 0);
}
