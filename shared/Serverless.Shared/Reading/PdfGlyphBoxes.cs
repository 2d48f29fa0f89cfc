using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Serverless.Shared.Reading;

/// <summary>
/// Gives letters drawn without a glyph box one from their type size. Some producers embed fonts whose glyph outlines
/// PdfPig cannot measure (poppler's cairo backend re-writes Type 1 fonts so): their letters come with a box of no
/// height on the baseline, and every rule that compares heights (where a word ends, which words share a line, the
/// space between lines) then reads nothing. Such a letter gets the box a glyph of its size usually fills, from a
/// descender's depth below the baseline to an ascender's height above it; the advance width it has is kept.
/// </summary>
internal static class PdfGlyphBoxes
{
    /// <summary>Depth below the baseline and height above it of the box given, in ems (Latin text faces: about 0.2 and 0.7).</summary>
    private const double Descent = 0.2, Ascent = 0.7;

    /// <summary>The letters, with a box for those shown without one; the same list when none needs it.</summary>
    public static IReadOnlyList<Letter> Repair(IReadOnlyList<Letter> letters)
    {
        var degenerate = false;
        foreach (var letter in letters)
        {
            if (NeedsBox(letter))
            {
                degenerate = true;
                break;
            }
        }

        if (!degenerate)
        {
            return letters;
        }

        var repaired = new Letter[letters.Count];
        for (var i = 0; i < repaired.Length; i++)
        {
            var letter = letters[i];
            repaired[i] = NeedsBox(letter) ? WithBox(letter) : letter;
        }

        return repaired;
    }

    private static bool NeedsBox(Letter letter) =>
        letter.BoundingBox.Height < 0.01 && letter.PointSize > 0 && letter.TextOrientation == TextOrientation.Horizontal &&
        !string.IsNullOrWhiteSpace(letter.Value);

    private static Letter WithBox(Letter letter)
    {
        var baseline = letter.StartBaseLine.Y;
        var box = new PdfRectangle(letter.BoundingBox.Left, baseline - (letter.PointSize * Descent), letter.BoundingBox.Right,
            baseline + (letter.PointSize * Ascent));
        return new Letter(letter.Value, box, letter.GlyphRectangleLoose, letter.StartBaseLine, letter.EndBaseLine, letter.Width,
            letter.FontSize, letter.FontDetails, letter.RenderingMode, letter.StrokeColor, letter.FillColor, letter.PointSize,
            letter.TextSequence);
    }
}
