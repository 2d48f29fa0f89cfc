using Serverless.Shared.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.PdfFonts;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Scanned pages with an OCR text layer, as tesseract and ocrmypdf write them: a picture of the page under invisible
/// text (rendering mode 3) in a font of blank glyphs all of one width, each word stretched over its box on the picture
/// with the space after it, and, on a page fed askew, the text along the picture's slanted lines (the whole files are in
/// <c>tests/renditions/</c>: <c>tesseract/</c>, <c>ocrmypdf/</c>, <c>skewed/</c>).
/// </summary>
public sealed class PdfScannedPageTests
{
    [Fact]
    public void SpreadsAWordOverTheBlankAfterIt_When_TheTextIsAnOcrLayer()
    {
        // Arrange: "of " in three invisible cells 5 points wide from x = 100, then "the " from x = 121 (the next word's box
        // on the picture starts 6 points after "of"'s box ends, at 115).
        var letters = Cells("of ", 100, 5, TextRenderingMode.Neither).Concat(Cells("the ", 121, 6, TextRenderingMode.Neither)).ToList();

        // Act
        var spread = PdfTextLayerCells.Spread(letters);

        // Assert: "o" and "f" fill 100..115, "t", "h", "e" fill 121..145; the blanks stay where they were.
        Assert.Equal([100.0, 107.5], [spread[0].StartBaseLine.X, spread[1].StartBaseLine.X]);
        Assert.Equal(115.0, spread[1].EndBaseLine.X, 6);
        Assert.Equal(115.0, spread[1].BoundingBox.Right, 6);
        Assert.Equal([121.0, 129, 137], [spread[3].StartBaseLine.X, spread[4].StartBaseLine.X, spread[5].StartBaseLine.X]);
        Assert.Equal(145.0, spread[5].BoundingBox.Right, 6);
        Assert.Same(letters[2], spread[2]);
        Assert.Same(letters[6], spread[6]);
    }

    [Theory]
    [InlineData(TextRenderingMode.Fill)] // a typewriter face a reader sees (enscript's Courier): its spaces are real
    [InlineData(TextRenderingMode.Neither)]
    public void KeepsTheLetters_When_TheyAreShownOrNotOfOneWidth(TextRenderingMode mode)
    {
        // Arrange: shown cells of one width, or invisible letters of a proportional face ("i" narrower than "n").
        var letters = mode == TextRenderingMode.Fill
            ? Cells("of ", 100, 5, mode)
            : [Letter("i", 100, 3, mode), Letter("n", 103, 6, mode), Letter(" ", 109, 3, mode)];

        // Act
        var spread = PdfTextLayerCells.Spread(letters);

        // Assert
        Assert.Same(letters, spread);
    }

    [Fact]
    public void LaysTheTextLevel_When_ThePageIsScannedAskew()
    {
        // Arrange: two words on a line that falls 0.7 of a degree to the right, from (100, 700) and (300, ...), each
        // letter 6 points along the slant; a line 14 points lower, alike.
        var letters = new List<Letter>();
        var slope = Math.Tan(-0.7 * Math.PI / 180);
        foreach (var (x, y) in new[] { (100.0, 700.0), (300.0, 700.0), (100.0, 686.0), (300.0, 686.0) })
        {
            letters.AddRange(Slanted("word", x, y + ((x - 100) * slope), -0.7));
        }

        // Act
        var upright = PdfUprightPage.Of(letters, 600, 800);

        // Assert: every letter runs left to right on a level baseline; the letters of a line share one, the two lines 14
        // points apart.
        Assert.All(upright.Letters, l => Assert.Equal(TextOrientation.Horizontal, l.TextOrientation));
        var lines = upright.Letters.Select(l => Math.Round(l.StartBaseLine.Y, 3)).Distinct().ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(14, lines[0] - lines[1], 1);
        Assert.All(upright.Letters.Chunk(4), word => Assert.Equal([0.0, 6, 12, 18], word.Select(l => Math.Round(l.StartBaseLine.X - word[0].StartBaseLine.X, 3))));
    }

    [Fact]
    public void KeepsTheLetters_When_TheTextIsLevelOrAtManyAngles()
    {
        // Arrange: a level line, and a page whose words run at 0.7, 3 and 8 degrees (labels of a diagram).
        var level = Slanted("level", 100, 700, 0).ToList();
        var many = Slanted("one", 100, 700, 0.7).Concat(Slanted("two", 100, 600, 3)).Concat(Slanted("six", 100, 500, 8)).ToList();

        // Act and assert
        Assert.Same(level, PdfUprightPage.Of(level, 600, 800).Letters);
        Assert.Same(many, PdfUprightPage.Of(many, 600, 800).Letters);
    }

    [Fact]
    public void ReadsWholeParagraphs_When_ThePageWasScannedAskew()
    {
        // Arrange: LibreOffice's print of the French numbered source, scanned 0.7 of a degree askew and read by tesseract.
        var source = Paragraphs("sources/fr-numbered.md").Where(p => p.Kind != "Footnote" && p.Number is { Length: > 0 } n && char.IsDigit(n[0])).ToList();

        // Act
        var askew = Paragraphs("skewed/fr-numbered.pdf").Where(p => p.Kind != "Footnote" && p.Number is { Length: > 0 } n && char.IsDigit(n[0])).ToList();

        // Assert: its eleven numbered paragraphs are read whole, each with its number: as many words as the source's, give
        // or take two the OCR may join or split (a line of a paragraph standing alone would lose ten or more).
        Assert.Equal(source.Select(p => p.Number), askew.Select(p => p.Number));
        Assert.Equal(11, askew.Count);
        Assert.All(source.Zip(askew), pair => Assert.InRange(pair.Second.Text.Split(' ').Length, pair.First.Text.Split(' ').Length - 2, pair.First.Text.Split(' ').Length + 2));
    }

    [Fact]
    public void SaysThePagesArePicturesWithoutText_When_AScanHasNoTextLayer()
    {
        // Arrange: the ITU sample's print scanned at 100 dpi and put into a PDF by img2pdf, without OCR.
        var bytes = File.ReadAllBytes(Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", "unmapped", "itu-contribution-2025.scan.pdf"));

        // Act
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("itu-contribution-2025.scan.pdf", bytes));

        // Assert: the reason a person reads says what the file is and what to do.
        Assert.Contains("is a scan", error.Message, StringComparison.Ordinal);
        Assert.Contains("page is a picture without a text layer", error.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", error.Message, StringComparison.Ordinal);
    }

    private static List<(string Text, string? Number, string Kind)> Paragraphs(string relative) =>
        Parsing.Parse(Path.GetFileName(relative), File.ReadAllBytes(Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", relative))).Paragraphs
            .Select(p => (p.Text, p.Number, p.Kind.ToString()))
            .ToList();

    private static List<Letter> Cells(string text, double x, double width, TextRenderingMode mode) =>
        text.Select((c, i) => Letter(c.ToString(), x + (i * width), width, mode)).ToList();

    private static Letter Letter(string value, double x, double width, TextRenderingMode mode)
    {
        var box = new PdfRectangle(x, 700, x + width, 712);
        return new Letter(value, box, box, new PdfPoint(x, 700), new PdfPoint(x + width, 700), width, 12,
            new FontDetails("GlyphLessFont", false, 400, false), mode, GrayColor.Black, GrayColor.Black, 12, 0);
    }

    /// <summary>Letters 6 points apart along a baseline at <paramref name="degrees"/> from (x, y), each the next's start.</summary>
    private static IEnumerable<Letter> Slanted(string text, double x, double y, double degrees)
    {
        var (cos, sin) = (Math.Cos(degrees * Math.PI / 180), Math.Sin(degrees * Math.PI / 180));
        for (var i = 0; i < text.Length; i++)
        {
            var start = new PdfPoint(x + (i * 6 * cos), y + (i * 6 * sin));
            var end = new PdfPoint(start.X + (6 * cos), start.Y + (6 * sin));
            var box = new PdfRectangle(Math.Min(start.X, end.X), Math.Min(start.Y, end.Y), Math.Max(start.X, end.X), Math.Max(start.Y, end.Y) + 8);
            yield return new Letter(text[i].ToString(), box, box, start, end, 6, 1, new FontDetails("F", false, 400, false),
                TextRenderingMode.Neither, GrayColor.Black, GrayColor.Black, 10, 0);
        }
    }
}
