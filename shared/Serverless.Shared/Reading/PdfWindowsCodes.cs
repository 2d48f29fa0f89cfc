using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Gives back the characters of a simple font's codes 128-159 read as C1 control characters (U+0080-009F). A font
/// without a Unicode map whose encoding a re-distilling producer names WinAnsi but whose glyphs it writes under their
/// codes alone (Ghostscript's "prepress" copy of a PDFsharp print) is read code for character, so its bullet
/// <c>0x95</c> reads U+0095, its dashes and quotes (<c>0x96</c>, <c>0x92</c>) alike: no text holds C1 controls, and
/// those codes are Windows-1252's (<c>•</c>, <c>–</c>, <c>’</c>), the encoding WinAnsi is. The five codes Windows-1252
/// leaves undefined are kept.
/// </summary>
internal static class PdfWindowsCodes
{
    private const string Windows1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    /// <summary>The letters, those read as C1 controls given Windows-1252's characters; the same list when none is.</summary>
    public static IReadOnlyList<Letter> Repair(IReadOnlyList<Letter> letters) =>
        PdfLetterValues.Replace(letters, i => HasControl(letters[i].Value) ? Map(letters[i].Value) : null);

    private static bool HasControl(string value)
    {
        foreach (var c in value)
        {
            if (c is >= '\u0080' and <= '\u009F')
            {
                return true;
            }
        }

        return false;
    }

    private static string Map(string value) => string.Create(value.Length, value, (chars, read) =>
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = read[i] is >= '\u0080' and <= '\u009F' ? Windows1252[read[i] - 0x80] : read[i];
        }
    });
}
