using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Serverless.Shared.Reading;

/// <summary>
/// Gives the words of an OCR text layer the width of the words in the picture. OCR programs write the text they
/// recognised over a scanned page as invisible text (rendering mode 3) in a font of blank glyphs all of one width, each
/// word stretched so that its characters and the space written after it fill the word's box on the picture: the
/// letters then cover only part of the word (three of four cells for "the"), the gap to the next word looks a cell
/// wider than it is (an em and more after a short word, where the reader sees table cells), and a line looks shorter
/// than the lines the picture shows. In invisible text, a word whose letters and the blank after it are all as wide as
/// each other and follow each other without a gap has its letters spread over the whole run, the blank included; text
/// a reader sees, and invisible text in a proportional font, are left as they are.
/// </summary>
internal static class PdfTextLayerCells
{
    /// <summary>How far apart two cells' widths, or a cell's end and the next one's start, may be (a share of the width).</summary>
    private const double Tolerance = 0.02;

    /// <summary>The letters, the words of an OCR layer spread over their cells; the same list when there are none.</summary>
    public static IReadOnlyList<Letter> Spread(IReadOnlyList<Letter> letters)
    {
        Letter[]? spread = null;
        var start = 0;
        while (start < letters.Count)
        {
            var end = RunEnd(letters, start);
            if (end > start)
            {
                spread ??= [.. letters];
                var count = end - start;
                var origin = letters[start].StartBaseLine.X;
                var cell = (letters[end].EndBaseLine.X - origin) / count;
                for (var i = start; i < end; i++)
                {
                    spread[i] = Moved(letters[i], origin + ((i - start) * cell), cell);
                }

                start = end + 1;
            }
            else
            {
                start++;
            }
        }

        return spread ?? letters;
    }

    /// <summary>
    /// The index of the blank that ends a word of cells starting at <paramref name="start"/> (invisible, level letters
    /// of one width, each starting where the one before ends), or <paramref name="start"/> when there is none.
    /// </summary>
    private static int RunEnd(IReadOnlyList<Letter> letters, int start)
    {
        var first = letters[start];
        if (!IsCell(first) || string.IsNullOrWhiteSpace(first.Value))
        {
            return start;
        }

        var width = first.EndBaseLine.X - first.StartBaseLine.X;
        for (var i = start + 1; i < letters.Count; i++)
        {
            var letter = letters[i];
            var advance = letter.EndBaseLine.X - letter.StartBaseLine.X;
            if (!IsCell(letter) || Math.Abs(advance - width) > width * Tolerance ||
                Math.Abs(letter.StartBaseLine.X - letters[i - 1].EndBaseLine.X) > width * Tolerance ||
                Math.Abs(letter.StartBaseLine.Y - letters[i - 1].EndBaseLine.Y) > width * Tolerance)
            {
                return start;
            }

            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                return letter.Value == " " ? i : start;
            }
        }

        return start;
    }

    private static bool IsCell(Letter letter) =>
        letter.RenderingMode == TextRenderingMode.Neither &&
        letter.EndBaseLine.X - letter.StartBaseLine.X > 0.01 && Math.Abs(letter.EndBaseLine.Y - letter.StartBaseLine.Y) < 0.01;

    private static Letter Moved(Letter letter, double x, double width)
    {
        var box = letter.BoundingBox;
        var loose = letter.GlyphRectangleLoose;
        return new Letter(letter.Value, new PdfRectangle(x, box.Bottom, x + width, box.Top), new PdfRectangle(x, loose.Bottom, x + width, loose.Top),
            new PdfPoint(x, letter.StartBaseLine.Y), new PdfPoint(x + width, letter.EndBaseLine.Y), width, letter.FontSize, letter.FontDetails,
            letter.RenderingMode, letter.StrokeColor, letter.FillColor, letter.PointSize, letter.TextSequence);
    }
}
