namespace Serverless.Shared.Classification;

/// <summary>
/// Tells a paragraph's language by counting each catalogue language's common words in its first
/// <see cref="MaxWords"/> words; the most wins, the default language when in doubt (the corpus is French).
/// </summary>
public static class LanguageDetector
{
    /// <summary>Only words this short are counted: common words are short, and the buffer stays on the stack.</summary>
    public const int MaxWordLetters = 8;

    /// <summary>Enough words to decide; long paragraphs are not read to the end.</summary>
    private const int MaxWords = 80;

    /// <summary>The code of the declared language when the embedded catalogue has it, else of the detected one.</summary>
    public static string Resolve(string? declared, string text) => Resolve(LanguageCatalog.Default, declared, text).Code;

    /// <summary>The code of the detected language, from the embedded catalogue.</summary>
    public static string Detect(ReadOnlySpan<char> text) => Detect(LanguageCatalog.Default, text).Code;

    /// <summary>The declared language when it starts with a catalogue language's code ("fr", "fr-CH", "french"), else the detected one.</summary>
    public static LanguageResource Resolve(LanguageCatalog catalog, string? declared, ReadOnlySpan<char> text)
    {
        if (!string.IsNullOrEmpty(declared))
        {
            foreach (var language in catalog.Languages)
            {
                if (declared.StartsWith(language.Code, StringComparison.OrdinalIgnoreCase))
                {
                    return language;
                }
            }
        }

        return Detect(catalog, text);
    }

    public static LanguageResource Detect(LanguageCatalog catalog, ReadOnlySpan<char> text)
    {
        var lookups = catalog.CommonWords;
        Span<int> counts = lookups.Count <= 32 ? stackalloc int[lookups.Count] : new int[lookups.Count];
        Span<char> word = stackalloc char[MaxWordLetters];
        int words = 0, length = 0;
        for (var i = 0; i <= text.Length && words < MaxWords; i++)
        {
            var c = i < text.Length ? char.ToLowerInvariant(text[i]) : ' ';
            if (char.IsLetter(c))
            {
                if (length < word.Length)
                {
                    word[length] = c;
                }

                length++;
                continue;
            }

            if (length is > 0 and <= MaxWordLetters)
            {
                var w = word[..length];
                for (var k = 0; k < counts.Length; k++)
                {
                    counts[k] += lookups[k].Contains(w) ? 1 : 0;
                }

                words++;
            }

            length = 0;
        }

        // Ties go to the language listed first: the default one.
        var best = 0;
        for (var k = 1; k < counts.Length; k++)
        {
            if (counts[k] > counts[best])
            {
                best = k;
            }
        }

        return catalog.Languages[best];
    }
}
