using Serverless.Shared.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.PdfFonts;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Text stamped across a page (<see cref="PdfStampedText"/>): a watermark's letters are left out, a page's own large
/// text is kept. The watermarked PDFs themselves are in <c>tests/renditions/watermark/</c>.
/// </summary>
public sealed class PdfStampedTextTests
{
    [Fact]
    public void LeavesOutAHugeWordInATint_When_NoTextLiesUnderIt()
    {
        // Arrange: ten lines of 10-point text at the top of the page, and "DRAFT" at 120 points in light grey below them.
        var letters = Body();
        letters.AddRange(Word("DRAFT", 60, 200, 120, new RGBColor(0.7, 0.7, 0.7)));

        // Act
        var kept = PdfStampedText.Remove(letters);

        // Assert
        Assert.Equal(Body().Count, kept.Count);
        Assert.DoesNotContain(kept, l => l.PointSize > 100);
    }

    [Theory]
    [InlineData(1.0, 1.0, 1.0)] // white, on a dark band, as covers set a title
    [InlineData(0.1, 0.2, 0.5)] // dark blue
    public void KeepsALargeTitle_When_ItStandsClearOfTheText(double r, double g, double b)
    {
        // Arrange: a 36-point title under the body's lines, over no text.
        var letters = Body();
        letters.AddRange(Word("Annual report", 60, 200, 36, new RGBColor(r, g, b)));

        // Act
        var kept = PdfStampedText.Remove(letters);

        // Assert
        Assert.Equal(letters.Count, kept.Count);
    }

    [Fact]
    public void LeavesOutLettersTurnedAcrossThePage_When_TheTextRunsLevel()
    {
        // Arrange: the body, and "PROJET" at 45 degrees over it, in black.
        var letters = Body();
        for (var i = 0; i < 6; i++)
        {
            var x = 100 + (i * 40);
            var y = 500 + (i * 40);
            letters.Add(Letter("PROJET"[i].ToString(), new PdfRectangle(x, y, x + 40, y + 40), new PdfPoint(x, y), new PdfPoint(x + 28, y + 28), 40, GrayColor.Black));
        }

        // Act
        var kept = PdfStampedText.Remove(letters);

        // Assert
        Assert.Equal(Body().Count, kept.Count);
    }

    /// <summary>Ten lines of "text text text" in 10-point black letters, from 700 points down.</summary>
    private static List<Letter> Body()
    {
        var letters = new List<Letter>();
        for (var line = 0; line < 10; line++)
        {
            letters.AddRange(Word("text text text", 72, 700 - (line * 14), 10, GrayColor.Black));
        }

        return letters;
    }

    private static IEnumerable<Letter> Word(string text, double x, double y, double size, IColor colour)
    {
        var width = size * 0.6;
        for (var i = 0; i < text.Length; i++)
        {
            var left = x + (i * width);
            yield return Letter(text[i].ToString(), new PdfRectangle(left, y, left + width, y + (size * 0.7)), new PdfPoint(left, y), new PdfPoint(left + width, y), size, colour);
        }
    }

    private static Letter Letter(string value, PdfRectangle box, PdfPoint start, PdfPoint end, double size, IColor colour) =>
        new(value, box, box, start, end, end.X - start.X, size, new FontDetails("F", false, 400, false), TextRenderingMode.Fill, colour, colour, size, 0);
}
