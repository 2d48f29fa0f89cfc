using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Letters of a ligature character (<c>ﬁ</c>, <c>ﬃ</c>: U+FB00-FB06) as the letters they join. Fonts re-encoded by some
/// PDF producers (poppler's cairo backend, groff) map the glyph to its presentation form, and text copied out of such a
/// PDF into a text file, a web page or a word processor keeps it; no search, fingerprint or classifier reads
/// "Afﬁrms" as the word. Unicode's compatibility mapping of these seven characters gives the letters. Only these:
/// the rest of the text keeps its characters (compatibility normalisation of the whole would also change superscripts,
/// fractions and no-break spaces).
/// </summary>
internal static class Ligatures
{
    public static string Decompose(string text)
    {
        if (!HasLigature(text))
        {
            return text;
        }

        var letters = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (IsLigature(c))
            {
                letters.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
            else
            {
                letters.Append(c);
            }
        }

        return letters.ToString();
    }

    private static bool HasLigature(string text) => text.AsSpan().ContainsAnyInRange('\uFB00', '\uFB06');

    private static bool IsLigature(char c) => c is >= '\uFB00' and <= '\uFB06';
}
