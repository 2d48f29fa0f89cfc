using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Serverless.Shared.Reading;

/// <summary>
/// Levels a page whose text runs at a small slant. A page fed askew into a scanner comes out turned by a degree or
/// less, and the text an OCR program lays over the picture follows the picture's lines: across a page 450 points wide,
/// 0.7 of a degree lifts a line's end by 5.5 points, half a line, so its words at the right would share a line with the
/// next line's words at the left. When most of the page's letters run at one slant between a tenth of a degree and ten
/// degrees, the page is turned back by it about its centre and every letter's baseline made level; text already level,
/// or set at many angles (a rubber stamp, a diagram's labels), is left as it is.
/// </summary>
internal static class PdfSlantedText
{
    private const double LeastDegrees = 0.1, MostDegrees = 10, AgreeDegrees = 0.3;

    /// <summary>The letters levelled, or the same list when the page's text is level or its slant not shared.</summary>
    public static IReadOnlyList<Letter> Level(IReadOnlyList<Letter> letters, double width, double height)
    {
        var angles = new List<double>(letters.Count);
        var shown = 0;
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                continue;
            }

            shown++;
            var dx = letter.EndBaseLine.X - letter.StartBaseLine.X;
            var dy = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
            if (dx > 1e-6)
            {
                angles.Add(Math.Atan2(dy, dx) * 180 / Math.PI);
            }
        }

        if (angles.Count == 0 || angles.Count * 2 <= shown)
        {
            return letters;
        }

        angles.Sort();
        var slant = angles[angles.Count / 2];
        var agreeing = angles.Count(a => Math.Abs(a - slant) <= AgreeDegrees);
        if (Math.Abs(slant) < LeastDegrees || Math.Abs(slant) > MostDegrees || agreeing * 2 <= shown)
        {
            return letters;
        }

        var radians = -slant * Math.PI / 180;
        var (cos, sin) = (Math.Cos(radians), Math.Sin(radians));
        var centre = new PdfPoint(width / 2, height / 2);
        PdfPoint Turn(PdfPoint p) => new(
            centre.X + ((p.X - centre.X) * cos) - ((p.Y - centre.Y) * sin),
            centre.Y + ((p.X - centre.X) * sin) + ((p.Y - centre.Y) * cos));
        PdfRectangle Box(PdfRectangle box)
        {
            PdfPoint a = Turn(box.BottomLeft), b = Turn(box.BottomRight), c = Turn(box.TopLeft), d = Turn(box.TopRight);
            return new PdfRectangle(
                Math.Min(Math.Min(a.X, b.X), Math.Min(c.X, d.X)),
                Math.Min(Math.Min(a.Y, b.Y), Math.Min(c.Y, d.Y)),
                Math.Max(Math.Max(a.X, b.X), Math.Max(c.X, d.X)),
                Math.Max(Math.Max(a.Y, b.Y), Math.Max(c.Y, d.Y)));
        }

        // Each run of letters (each starting where the one before ended: an OCR layer's word) is laid level from the
        // place its first letter turns to, its letters as far along as they were: letters turned one by one would keep
        // what is left of their own line's slant, where it differs a little from the page's (an OCR program fits each
        // block of lines on its own, and writes some lines level while it places their words along the slant), and a
        // word whose letters climb by a hundredth of a point would be read in another order than its letters run.
        var levelled = new Letter[letters.Count];
        PdfPoint runStart = default, runPlace = default;
        for (var i = 0; i < levelled.Length; i++)
        {
            var letter = letters[i];
            if (i == 0 || !Follows(letters[i - 1], letter))
            {
                runStart = letter.StartBaseLine;
                runPlace = Turn(runStart);
            }

            var along = Distance(runStart, letter.StartBaseLine) * (letter.StartBaseLine.X >= runStart.X ? 1 : -1);
            var length = Distance(letter.StartBaseLine, letter.EndBaseLine);
            var turned = Turn(letter.StartBaseLine);
            var (left, y) = (runPlace.X + along, runPlace.Y);
            levelled[i] = new Letter(letter.Value, Placed(Box(letter.BoundingBox), turned, left, y), Placed(Box(letter.GlyphRectangleLoose), turned, left, y),
                new PdfPoint(left, y), new PdfPoint(left + length, y), letter.Width, letter.FontSize, letter.FontDetails, letter.RenderingMode,
                letter.StrokeColor, letter.FillColor, letter.PointSize, letter.TextSequence);
        }

        return levelled;
    }

    /// <summary>The letter starts where the one before it ended: the two are one run of text.</summary>
    private static bool Follows(Letter previous, Letter letter) =>
        Math.Abs(letter.StartBaseLine.X - previous.EndBaseLine.X) < 0.01 && Math.Abs(letter.StartBaseLine.Y - previous.EndBaseLine.Y) < 0.01;

    /// <summary>A turned letter's box, moved with the letter from where its start turned to to where it is laid.</summary>
    private static PdfRectangle Placed(PdfRectangle box, PdfPoint turned, double x, double y) =>
        new(box.Left + x - turned.X, box.Bottom + y - turned.Y, box.Right + x - turned.X, box.Top + y - turned.Y);

    private static double Distance(PdfPoint a, PdfPoint b) => Math.Sqrt(((b.X - a.X) * (b.X - a.X)) + ((b.Y - a.Y) * (b.Y - a.Y)));
}
