using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Gives back the bullets a PDF draws from a symbol font's Private Use Area codes (Word's exports: <c>U+F0B7</c> for
/// its round bullet) as the characters they show (<see cref="SymbolFontBullets"/>), so the line reads its list marker.
/// </summary>
internal static class PdfSymbolBullets
{
    /// <summary>The letters, those drawn from a symbol font's bullets given their characters; the same list when none is.</summary>
    public static IReadOnlyList<Letter> Repair(IReadOnlyList<Letter> letters)
    {
        Letter[]? repaired = null;
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            var value = SymbolFontBullets.Replace(letter.Value);
            if (ReferenceEquals(value, letter.Value))
            {
                continue;
            }

            repaired ??= [.. letters];
            repaired[i] = new Letter(value, letter.BoundingBox, letter.GlyphRectangleLoose, letter.StartBaseLine,
                letter.EndBaseLine, letter.Width, letter.FontSize, letter.FontDetails, letter.RenderingMode, letter.StrokeColor,
                letter.FillColor, letter.PointSize, letter.TextSequence);
        }

        return repaired ?? letters;
    }
}
