namespace Serverless.Shared.Classification;

/// <summary>
/// A deliberately light stemmer for folded words: it only merges plural and feminine forms
/// (<c>culturelles</c> → <c>culturel</c>, <c>policies</c> → <c>policy</c>), which is what phrase matching needs;
/// terms and text go through the same rules, so an imperfect stem still matches itself.
/// </summary>
public static class WordStemmer
{
    /// <summary>Stems <paramref name="word"/> in place and returns its new length.</summary>
    public static int Stem(Span<char> word, bool french) => french ? StemFrench(word) : StemEnglish(word);

    private static int StemFrench(Span<char> w)
    {
        var n = w.Length;
        if (n > 5 && w[..n].EndsWith("eaux"))
        {
            n--;
        }
        else if (n > 5 && w[..n].EndsWith("aux"))
        {
            w[n - 2] = 'l';
            n--;
        }
        else if (n > 3 && (w[n - 1] == 's' || w[n - 1] == 'x') && w[n - 2] != 's')
        {
            n--;
        }

        // Not after an i: "emploie" (strives, "s'emploie à") is a verb, not the feminine of "emploi" (job), and
        // "technologie(s)" keeps one stem either way.
        if (n > 4 && w[n - 1] == 'e' && w[n - 2] != 'i')
        {
            n--;
        }

        if (n > 4 && w[n - 1] == w[n - 2] && w[n - 1] is 'l' or 'n' or 't' or 'm')
        {
            n--;
        }

        return n;
    }

    private static int StemEnglish(Span<char> w)
    {
        var n = w.Length;
        if (n > 4 && w.EndsWith("ies"))
        {
            w[n - 3] = 'y';
            return n - 2;
        }

        if (n > 3 && w[n - 1] == 's' && w[n - 2] is not ('s' or 'u' or 'i'))
        {
            return n - 1;
        }

        return n;
    }
}
