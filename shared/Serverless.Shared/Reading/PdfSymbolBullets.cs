using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Gives back the bullets a PDF draws from a symbol font's Private Use Area codes (Word's exports: <c>U+F0B7</c> for
/// its round bullet) as the characters they show (<see cref="SymbolFontBullets"/>), so the line reads its list marker.
/// </summary>
internal static class PdfSymbolBullets
{
    /// <summary>The letters, those drawn from a symbol font's bullets given their characters; the same list when none is.</summary>
    public static IReadOnlyList<Letter> Repair(IReadOnlyList<Letter> letters) =>
        PdfLetterValues.Replace(letters, i => SymbolFontBullets.Replace(letters[i].Value) is var value && !ReferenceEquals(value, letters[i].Value) ? value : null);
}
