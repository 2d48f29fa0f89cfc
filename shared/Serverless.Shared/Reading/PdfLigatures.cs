using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Letters of a ligature glyph (<c>ﬁ</c>, <c>ﬃ</c>: U+FB00-FB06) as the letters they join. Fonts re-encoded by some
/// producers (poppler's cairo backend, groff) map the glyph to its presentation form, which no search, fingerprint or
/// classifier reads as the word; Unicode's compatibility mapping of these seven characters gives the letters. Only
/// these: the rest of the text keeps its characters (compatibility normalisation of the whole would also change
/// superscripts, fractions and no-break spaces).
/// </summary>
internal static class PdfLigatures
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

    private static bool HasLigature(string text)
    {
        foreach (var c in text)
        {
            if (IsLigature(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLigature(char c) => c is >= '\uFB00' and <= '\uFB06';
}
