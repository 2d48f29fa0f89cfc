namespace Serverless.Shared.Classification;

/// <summary>
/// The one language detector: counts each catalogue language's common words (<c>commonWords</c> of
/// <c>Languages/{code}.json</c>) in a paragraph's first <see cref="MaxWords"/> words (the classifier), or in every word of
/// a document's opening paragraphs (the segmenter's document profile); the most wins.
/// </summary>
/// <remarks>
/// One tie rule for both: a tie goes to the catalogue's default language (French). A tie means the words did not
/// decide, and the default is the language most contributions are written in (the corpus is French), so it is the
/// likelier guess; it is also what both earlier detectors did (the document profile took French when French had as
/// many hits as English).
/// </remarks>
public static class LanguageDetector
{
    /// <summary>Only words this short are counted: common words are short, and the buffer stays on the stack.</summary>
    public const int MaxWordLetters = 8;

    /// <summary>Enough words to decide; long paragraphs are not read to the end.</summary>
    private const int MaxWords = 80;

    /// <summary>Fewer common words than this in a whole document's opening says nothing: its language is unknown.</summary>
    public const int MinDocumentWords = 5;

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
        Span<int> counts = catalog.Languages.Count <= 32 ? stackalloc int[catalog.Languages.Count] : new int[catalog.Languages.Count];
        Count(catalog, text, counts, MaxWords);
        return catalog.Languages[Best(counts)];
    }

    /// <summary>
    /// The language of a document from its opening paragraphs, every word counted, or null when they hold fewer than
    /// <see cref="MinDocumentWords"/> common words; <paramref name="evidence"/> gives the counts (<c>"fr 812, en 35"</c>).
    /// </summary>
    public static LanguageResource? DetectDocument(LanguageCatalog catalog, IEnumerable<string> paragraphs, out string? evidence)
    {
        var counts = new int[catalog.Languages.Count];
        foreach (var paragraph in paragraphs)
        {
            Count(catalog, paragraph, counts, int.MaxValue);
        }

        evidence = null;
        if (counts.Sum() < MinDocumentWords)
        {
            return null;
        }

        evidence = "common words: " + string.Join(", ", catalog.Languages.Select((l, k) => $"{l.Code} {counts[k]}"));
        return catalog.Languages[Best(counts)];
    }

    /// <summary>Adds each language's common words among the text's first <paramref name="maxWords"/> short words to <paramref name="counts"/>.</summary>
    private static void Count(LanguageCatalog catalog, ReadOnlySpan<char> text, Span<int> counts, int maxWords)
    {
        var common = catalog.CommonWords;
        var latin = catalog.CommonLatinWords;
        Span<char> word = stackalloc char[MaxWordLetters];
        int words = 0, length = 0;
        ulong packed = 0;
        var isLatin = true;
        var letters = LowerLetters;
        for (var i = 0; i <= text.Length && words < maxWords; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            c = c < (uint)letters.Length ? letters[c] : LowerLetter(c);
            if (c != '\0')
            {
                if (length < word.Length)
                {
                    word[length] = c;
                    packed |= (ulong)(c & 0xFF) << (8 * length);
                    isLatin &= c <= byte.MaxValue;
                }

                length++;
                continue;
            }

            if (length is > 0 and <= MaxWordLetters)
            {
                // A word of letters below U+0100 can only be one of the common words made of such letters, all of
                // which the packed table holds; any other word is looked up as text.
                if (isLatin ? latin.TryGetValue(packed, out var languages) : common.TryGetValue(word[..length], out languages))
                {
                    for (var k = 0; k < counts.Length && k < 64; k++)
                    {
                        counts[k] += (int)((languages >> k) & 1);
                    }
                }

                words++;
            }

            length = 0;
            packed = 0;
            isLatin = true;
        }
    }

    /// <summary>
    /// A word of at most <see cref="MaxWordLetters"/> letters below U+0100 as one number, a byte a letter: two such
    /// words are equal exactly when their numbers are (no letter is U+0000, so a shorter word never packs like a longer one).
    /// </summary>
    internal static ulong Packed(ReadOnlySpan<char> word)
    {
        ulong packed = 0;
        for (var k = 0; k < word.Length && k < MaxWordLetters; k++)
        {
            packed |= (ulong)(word[k] & 0xFF) << (8 * k);
        }

        return packed;
    }

    /// <summary>A char's lower-case form when that is a letter (<see cref="char.ToLowerInvariant"/>, then <see cref="char.IsLetter(char)"/>), else '\0'.</summary>
    private static char LowerLetter(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return char.IsLetter(lower) ? lower : '\0';
    }

    /// <summary>
    /// <see cref="LowerLetter"/> of every char below U+0250, computed once from it: the same answers in one read, for
    /// the Latin letters paragraphs are written in, at every char the detector reads.
    /// </summary>
    private static readonly char[] LowerLetters = Enumerable.Range(0, 0x250).Select(c => LowerLetter((char)c)).ToArray();

    /// <summary>The most counted language; ties go to the one listed first, the default (see the remarks above).</summary>
    private static int Best(ReadOnlySpan<int> counts)
    {
        var best = 0;
        for (var k = 1; k < counts.Length; k++)
        {
            if (counts[k] > counts[best])
            {
                best = k;
            }
        }

        return best;
    }
}
