using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Gives back the letters of a ligature glyph whose Unicode mapping was written with its bytes swapped. A PDF
/// re-distilled by Ghostscript's pdfwrite maps a glyph that stands for two letters (<c>fi</c>, <c>ff</c>, <c>fl</c>)
/// to <c>&lt;66006900&gt;</c> instead of <c>&lt;00660069&gt;</c>, so the word reads <c>Paci昀椀c</c>: two CJK
/// ideographs whose high bytes are the letters and whose low bytes are zero. One glyph standing for two or more
/// ideographs of that form, each with a printable ASCII character in its high byte, is read as those characters; a
/// single ideograph, or any with a low byte, is real text and kept. (Its map of a three-letter ligature, <c>ffi</c>
/// as <c>&lt;6600cf00&gt;</c>, has lost a letter and is left as it is.)
/// </summary>
internal static class PdfSwappedMappings
{
    /// <summary>The letters, those with a swapped mapping read as their characters; the same list when none has one.</summary>
    public static IReadOnlyList<Letter> Repair(IReadOnlyList<Letter> letters) =>
        PdfLetterValues.Replace(letters, i => IsSwapped(letters[i].Value) ? Unswap(letters[i].Value) : null);

    private static bool IsSwapped(string value)
    {
        if (value is not { Length: >= 2 })
        {
            return false;
        }

        foreach (var c in value)
        {
            if ((c & 0xFF) != 0 || (c >> 8) is < 0x21 or > 0x7E)
            {
                return false;
            }
        }

        return true;
    }

    private static string Unswap(string value) => string.Create(value.Length, value, (chars, swapped) =>
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(swapped[i] >> 8);
        }
    });
}
