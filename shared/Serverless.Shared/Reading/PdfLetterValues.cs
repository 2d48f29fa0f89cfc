using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Letters given other characters where a producer mapped their glyphs wrongly (a swapped ligature, a C1 control, a
/// minus for a hyphen, a symbol font's bullet), each kept where it was drawn, as it was drawn.
/// </summary>
internal static class PdfLetterValues
{
    /// <summary>
    /// The letters with the characters <paramref name="replacement"/> gives the letter at each index (null: the letter as
    /// it is); the same list when it gives none, so a page that needs no repair costs no copy.
    /// </summary>
    public static IReadOnlyList<Letter> Replace(IReadOnlyList<Letter> letters, Func<int, string?> replacement)
    {
        Letter[]? replaced = null;
        for (var i = 0; i < letters.Count; i++)
        {
            if (replacement(i) is not { } value)
            {
                continue;
            }

            replaced ??= [.. letters];
            replaced[i] = WithValue(letters[i], value);
        }

        return replaced ?? letters;
    }

    /// <summary>The letter with other characters, drawn where and as it was.</summary>
    public static Letter WithValue(Letter letter, string value) =>
        new(value, letter.BoundingBox, letter.GlyphRectangleLoose, letter.StartBaseLine, letter.EndBaseLine, letter.Width,
            letter.FontSize, letter.FontDetails, letter.RenderingMode, letter.StrokeColor, letter.FillColor, letter.PointSize,
            letter.TextSequence);
}
