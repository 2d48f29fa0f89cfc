namespace Serverless.Shared.Classification;

/// <summary>
/// A deliberately light stemmer for folded words, driven by a language's rules (<see cref="LanguageResource.Stemming"/>):
/// the steps run in order, and in each step the first rule that fits the word applies. The rules of French and English
/// only merge plural and feminine forms (<c>culturelles</c> → <c>culturel</c>, <c>policies</c> → <c>policy</c>), which
/// is what phrase matching needs; terms and text go through the same rules, so an imperfect stem still matches itself.
/// Why not a Snowball stemmer: <c>docs/languages.md</c>.
/// </summary>
public sealed class WordStemmer
{
    private readonly SuffixRule[][] _steps;

    /// <param name="steps">Checked by <see cref="LanguageCatalog"/>: no rule's replacement is longer than its suffix.</param>
    public WordStemmer(IReadOnlyList<IReadOnlyList<SuffixRule>> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = steps.Select(s => s.ToArray()).ToArray();
    }

    /// <summary>Stems <paramref name="word"/> in place and returns its new length (never more than the old).</summary>
    public int Stem(Span<char> word)
    {
        var n = word.Length;
        foreach (var step in _steps)
        {
            foreach (var rule in step)
            {
                if (Fits(rule, word[..n]))
                {
                    var stem = n - rule.Suffix.Length;
                    rule.Replacement.CopyTo(word[stem..]);
                    n = stem + rule.Replacement.Length;
                    break;
                }
            }
        }

        return n;
    }

    private static bool Fits(SuffixRule rule, ReadOnlySpan<char> word)
    {
        if (word.Length < rule.MinLength || !word.EndsWith(rule.Suffix, StringComparison.Ordinal))
        {
            return false;
        }

        var before = word.Length - rule.Suffix.Length - 1;
        return string.IsNullOrEmpty(rule.NotAfter) || before < 0 || !rule.NotAfter.Contains(word[before], StringComparison.Ordinal);
    }
}
