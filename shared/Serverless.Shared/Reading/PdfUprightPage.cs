using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Serverless.Shared.Reading;

/// <summary>
/// A page's letters turned so that most of its text runs left to right, with the page's size as so turned. PdfPig gives
/// letters where a viewer shows them: a page turned a quarter (<c>/Rotate 90</c>, as a tool or a person rotates pages
/// that came out sideways) or a landscape page whose content is drawn turned (a rotation written into the content, as
/// PDF rewriters bake <c>/Rotate</c> in) shows its lines running up or down the page, and every rule of the reader
/// (words left to right, lines top to bottom, margins at the top and foot) would read them as columns of letters. The
/// direction most of the page's letters run decides, so a page number or a margin note set the other way stays a
/// minority; a page whose text already runs left to right is returned as it is. Text at a small slant (a scan fed
/// askew) is then levelled (<see cref="PdfSlantedText"/>).
/// </summary>
internal sealed record PdfUprightPage(IReadOnlyList<Letter> Letters, double Width, double Height, int Quarters)
{
    /// <summary>
    /// The page as read: its letters turned by a multiple of a quarter so that most run left to right, without the
    /// letters no reader of the page sees (<see cref="PdfHiddenLetters"/>, and those of the layers the document switches
    /// off, <see cref="PdfOptionalContent"/>).
    /// </summary>
    public static PdfUprightPage Of(Page page, IReadOnlyList<DictionaryToken> offGroups, IPdfTokenScanner scanner)
    {
        var (width, height) = PdfPageSize.Paper(page);
        return Of(PdfHiddenLetters.Without(page, PdfOptionalContent.Without(page, PdfActualText.Apply(page), offGroups, scanner)), width, height);
    }

    internal static PdfUprightPage Of(IReadOnlyList<Letter> letters, double width, double height)
    {
        var counts = new int[4];
        var shown = 0;
        foreach (var letter in letters)
        {
            if (!string.IsNullOrWhiteSpace(letter.Value))
            {
                shown++;
                counts[Direction(letter)]++;
            }
        }

        // Turn clockwise by a quarter for each step the text's direction is from left to right (0: right, 1: up,
        // 2: left, 3: down).
        var turn = Array.IndexOf(counts, counts.Max());
        if (turn == 0 || counts[turn] * 2 <= shown)
        {
            return new PdfUprightPage(PdfSlantedText.Level(letters, width, height), width, height, 0);
        }

        var (newWidth, newHeight) = turn == 2 ? (width, height) : (height, width);
        var turned = new Letter[letters.Count];
        for (var i = 0; i < turned.Length; i++)
        {
            turned[i] = Turned(letters[i], turn, width, height);
        }

        return new PdfUprightPage(PdfSlantedText.Level(turned, newWidth, newHeight), newWidth, newHeight, turn);
    }

    /// <summary>A rectangle drawn on the page (a bullet's shape), turned as the letters are.</summary>
    public PdfRectangle Map(PdfRectangle box) => Quarters switch
    {
        0 => box,
        2 => Box(box, Quarters, Width, Height),
        _ => Box(box, Quarters, Height, Width),
    };

    /// <summary>Where a letter's text runs: 0 right, 1 up, 2 left, 3 down; by its baseline, else by PdfPig's orientation.</summary>
    private static int Direction(Letter letter)
    {
        var dx = letter.EndBaseLine.X - letter.StartBaseLine.X;
        var dy = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
        if (Math.Abs(dx) + Math.Abs(dy) > 1e-6)
        {
            return Math.Abs(dx) >= Math.Abs(dy) ? (dx > 0 ? 0 : 2) : (dy > 0 ? 1 : 3);
        }

        return letter.TextOrientation switch
        {
            TextOrientation.Rotate270 => 1,
            TextOrientation.Rotate180 => 2,
            TextOrientation.Rotate90 => 3,
            _ => 0,
        };
    }

    /// <summary>
    /// A point turned clockwise by <paramref name="quarters"/> quarters on a page of the size given, then moved back onto
    /// the turned page: text running up (1) turns to run right, and so on.
    /// </summary>
    private static PdfPoint Point(PdfPoint p, int quarters, double width, double height) => quarters switch
    {
        1 => new PdfPoint(p.Y, width - p.X),
        2 => new PdfPoint(width - p.X, height - p.Y),
        3 => new PdfPoint(height - p.Y, p.X),
        _ => p,
    };

    private static PdfRectangle Box(PdfRectangle box, int quarters, double width, double height)
    {
        var a = Point(box.BottomLeft, quarters, width, height);
        var b = Point(box.TopRight, quarters, width, height);
        var c = Point(box.TopLeft, quarters, width, height);
        var d = Point(box.BottomRight, quarters, width, height);
        return new PdfRectangle(
            Math.Min(Math.Min(a.X, b.X), Math.Min(c.X, d.X)),
            Math.Min(Math.Min(a.Y, b.Y), Math.Min(c.Y, d.Y)),
            Math.Max(Math.Max(a.X, b.X), Math.Max(c.X, d.X)),
            Math.Max(Math.Max(a.Y, b.Y), Math.Max(c.Y, d.Y)));
    }

    private static Letter Turned(Letter letter, int quarters, double width, double height) =>
        new(letter.Value, Box(letter.BoundingBox, quarters, width, height), Box(letter.GlyphRectangleLoose, quarters, width, height),
            Point(letter.StartBaseLine, quarters, width, height), Point(letter.EndBaseLine, quarters, width, height), letter.Width,
            letter.FontSize, letter.FontDetails, letter.RenderingMode, letter.StrokeColor, letter.FillColor, letter.PointSize,
            letter.TextSequence);
}
