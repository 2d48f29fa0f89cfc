using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Leaves out the text stamped across a page rather than written in its lines: a watermark (<c>DRAFT</c>, <c>PROJET</c>,
/// <c>CONFIDENTIEL</c>, drawn over or under every page by a word processor's export option, a LaTeX package, or a tool
/// that stamps finished PDFs), a registry's stamp turned in the margin, a label set up the page's edge. Such letters
/// are no part of the text, but the reader would put them into the lines they cross: a letter of a word turned 45
/// degrees on each line it passes, a huge letter joining the line level with it. Two kinds are left out, on a page
/// whose text runs level (<see cref="PdfUprightPage"/> turns a page that is mostly turned, and levels one scanned at a
/// slight slant): letters running at more than a fifth of a right angle off the level (diagonal, up or down the page),
/// and letters three times the page's usual size or more, in a tint or whose room covers letters of the text (a level
/// watermark across the middle of the page; a large title is dark and stands clear of the text). A page with no such letter is returned as
/// it is, after one look at each letter.
/// </summary>
internal static class PdfStampedText
{
    private const double MostDegrees = 18, LargeTimes = 3;

    /// <summary>Text of 7 points and more, the least a page's body is set in, is stamped only by letters three times that.</summary>
    private const double LeastLarge = 21;

    private static readonly double MostSlope = Math.Tan(MostDegrees * Math.PI / 180);

    /// <summary>The page's letters without those stamped across it; the same list when there are none.</summary>
    public static IReadOnlyList<Letter> Remove(IReadOnlyList<Letter> letters)
    {
        // Cheap first: any letter off the level, or much larger than the smallest letters of the page.
        var turned = 0;
        double smallest = double.MaxValue, largest = 0;
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                continue;
            }

            turned += IsTurned(letter) ? 1 : 0;
            smallest = Math.Min(smallest, letter.PointSize);
            largest = Math.Max(largest, letter.PointSize);
        }

        if (turned == 0 && (largest < smallest * LargeTimes || largest < LeastLarge))
        {
            return letters;
        }

        var usual = UsualSize(letters);
        var large = usual * LargeTimes;
        var kept = new List<Letter>(letters.Count);
        foreach (var letter in letters)
        {
            if (!string.IsNullOrWhiteSpace(letter.Value) && (IsTurned(letter) || (letter.PointSize >= large && (IsTint(letter) || CoversText(letter, letters, large)))))
            {
                continue;
            }

            kept.Add(letter);
        }

        return kept.Count == letters.Count ? letters : kept;
    }

    /// <summary>A letter whose baseline runs more than <see cref="MostDegrees"/> off the level (a letter without advance says nothing).</summary>
    private static bool IsTurned(Letter letter)
    {
        var dx = letter.EndBaseLine.X - letter.StartBaseLine.X;
        var dy = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
        if (Math.Abs(dx) + Math.Abs(dy) < 1e-3)
        {
            return false;
        }

        return Math.Abs(dy) > dx * MostSlope;
    }

    /// <summary>
    /// A letter filled with a light colour (red, green and blue each at half their strength or more, not white): a
    /// watermark is drawn in a tint to be read through, where a page has no text under it too (the foot of a last page).
    /// A title in white is set on a dark band to be read, as covers print it.
    /// </summary>
    private static bool IsTint(Letter letter)
    {
        if (letter.FillColor is not { } colour)
        {
            return false;
        }

        var (r, g, b) = colour.ToRGBValues();
        return r >= 0.5 && g >= 0.5 && b >= 0.5 && (r < 0.97 || g < 0.97 || b < 0.97);
    }

    /// <summary>The size most of the page's letters have: the median of their sizes.</summary>
    private static double UsualSize(IReadOnlyList<Letter> letters)
    {
        var sizes = new List<double>(letters.Count);
        foreach (var letter in letters)
        {
            if (!string.IsNullOrWhiteSpace(letter.Value))
            {
                sizes.Add(letter.PointSize);
            }
        }

        sizes.Sort();
        return sizes.Count == 0 ? 0 : sizes[sizes.Count / 2];
    }

    /// <summary>
    /// The large letter's room (its advance along the baseline, from 0.2 em below it to 0.7 em above, as a letter of its
    /// size fills: a font without glyph outlines gives boxes of no height) holds the middle of two or more letters of the
    /// text's size.
    /// </summary>
    private static bool CoversText(Letter big, IReadOnlyList<Letter> letters, double large)
    {
        double left = Math.Min(big.StartBaseLine.X, big.EndBaseLine.X), right = Math.Max(big.StartBaseLine.X, big.EndBaseLine.X);
        double bottom = big.StartBaseLine.Y - (big.PointSize * 0.2), top = big.StartBaseLine.Y + (big.PointSize * 0.7);
        var covered = 0;
        foreach (var letter in letters)
        {
            if (letter.PointSize >= large || string.IsNullOrWhiteSpace(letter.Value))
            {
                continue;
            }

            var x = (letter.BoundingBox.Left + letter.BoundingBox.Right) / 2;
            var y = (letter.BoundingBox.Bottom + letter.BoundingBox.Top) / 2;
            if (x > left && x < right && y > bottom && y < top && ++covered >= 2)
            {
                return true;
            }
        }

        return false;
    }
}
