using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Classification.Model;

/// <summary>
/// Receives one feature of a paragraph (valid only during the call) and answers its index in the model's features,
/// or -1: for a word, that index becomes the word's token id, so the words that decided a guess can be quoted.
/// </summary>
internal delegate int BodyFeatureSink(ReadOnlySpan<char> feature);

/// <summary>
/// How the body-guess model sees a paragraph: each normalised word (<c>word:encourage</c>) and each pair of neighbouring
/// words (<c>pair:member state</c>, <c>pair:human right</c>), how it opens (its first
/// word and its first two: <c>opens:instruct</c>, <c>opens:group agre</c>: an organ's voice shows in its verb), the kind
/// the classifier gave it (<c>kind:operative</c>), whether it opens in lower case (<c>opens in lower case</c>: the
/// Plenipotentiary Conference's and the Council's operative paragraphs do, "instructs the Director..."), the bodies the
/// detector already found (<c>found:GA</c>, or <c>found:none</c>) and the language. Training and classification both read paragraphs through this class, so the
/// model reads in production exactly what it learnt from.
/// </summary>
internal static class BodyGuessFeatures
{
    public const string WordPrefix = "word:";
    public const string PairPrefix = "pair:";
    public const string OpeningPrefix = "opens:";
    public const string KindPrefix = "kind:";
    public const string FoundPrefix = "found:";
    public const string LanguagePrefix = "lang:";
    public const string NoneFound = FoundPrefix + "none";
    public const string LowerCaseOpening = "opens in lower case";

    /// <summary>
    /// Reads every feature of the paragraph into <paramref name="sink"/>; <paramref name="tokens"/> gets the paragraph's
    /// words with the index the sink answered for each (<see cref="TextToken.Id"/>).
    /// </summary>
    public static void Read(
        Tokeniser tokeniser, ReadOnlySpan<char> text, ParagraphKind kind, string language, IReadOnlyList<string> found, List<TextToken> tokens, BodyFeatureSink sink)
    {
        var words = new TokenisedWords(text.Length);
        tokeniser.Tokenise(text, _ => -1, words);
        Read(words, OpensInLowerCase(text), kind, language, found, tokens, sink);
    }

    /// <summary>The same from words already tokenised by the paragraph's language's tokeniser.</summary>
    public static void Read(
        TokenisedWords words, bool lowerCaseOpening, ParagraphKind kind, string language, IReadOnlyList<string> found, List<TextToken> tokens, BodyFeatureSink sink)
    {
        Span<char> word = stackalloc char[WordPrefix.Length + Tokeniser.MaxWordLength + 1];
        WordPrefix.CopyTo(word);
        Span<char> opening = stackalloc char[OpeningPrefix.Length + (2 * Tokeniser.MaxWordLength) + 2];
        OpeningPrefix.CopyTo(opening);
        var openingLength = OpeningPrefix.Length;
        var openingWords = 0;
        Span<char> pair = stackalloc char[PairPrefix.Length + (2 * Tokeniser.MaxWordLength) + 2];
        PairPrefix.CopyTo(pair);
        var previous = -1;
        tokens.Clear();
        for (var t = 0; t < words.Count; t++)
        {
            var token = words.Tokens[t];
            if (!words.HasWord(t))
            {
                // Too long to be a word: the tokeniser never resolved it, so it names no feature.
                tokens.Add(token with { Id = -1 });
                continue;
            }

            var w = words.Word(t);
            if (openingWords < 2)
            {
                if (openingWords == 1)
                {
                    opening[openingLength++] = ' ';
                }

                w.CopyTo(opening[openingLength..]);
                openingLength += w.Length;
                openingWords++;
                sink(opening[..openingLength]);
            }

            // The pair of the previous word and this one: the previous word is kept after the prefix.
            if (previous >= 0)
            {
                pair[PairPrefix.Length + previous] = ' ';
                w.CopyTo(pair[(PairPrefix.Length + previous + 1)..]);
                sink(pair[..(PairPrefix.Length + previous + 1 + w.Length)]);
            }

            w.CopyTo(pair[PairPrefix.Length..]);
            previous = w.Length;
            w.CopyTo(word[WordPrefix.Length..]);
            tokens.Add(token with { Id = sink(word[..(WordPrefix.Length + w.Length)]) });
        }

        ReadContext(lowerCaseOpening, kind, language, found, sink);
    }

    /// <summary>The features after the words: the kind, a lower-case opening, the language, the bodies found (or none).</summary>
    public static void ReadContext(bool lowerCaseOpening, ParagraphKind kind, string language, IReadOnlyList<string> found, BodyFeatureSink sink)
    {
        Span<char> buffer = stackalloc char[64];
        sink(Joined(buffer, KindPrefix, kind.ToName()));
        if (lowerCaseOpening)
        {
            sink(LowerCaseOpening);
        }

        sink(Joined(buffer, LanguagePrefix, language));
        if (found.Count == 0)
        {
            sink(NoneFound);
        }

        foreach (var body in found)
        {
            sink(Joined(buffer, FoundPrefix, body));
        }
    }

    /// <summary>Whether the first letter of the text is a lower-case one (<c>instructs</c>, <c>charge</c>).</summary>
    public static bool OpensInLowerCase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }

    /// <summary>A prefix and a name as one feature, in <paramref name="buffer"/> when they fit (no string per paragraph).</summary>
    private static ReadOnlySpan<char> Joined(Span<char> buffer, string prefix, string name)
    {
        if (prefix.Length + name.Length > buffer.Length)
        {
            return string.Concat(prefix, name);
        }

        prefix.CopyTo(buffer);
        name.CopyTo(buffer[prefix.Length..]);
        return buffer[..(prefix.Length + name.Length)];
    }

    /// <summary>Whether the feature is a word or a pair of words (valued by <see cref="WordValue"/>).</summary>
    public static bool IsWord(string feature) => IsWord(feature.AsSpan());

    public static bool IsWord(ReadOnlySpan<char> feature) =>
        feature.StartsWith(WordPrefix, StringComparison.Ordinal) || feature.StartsWith(PairPrefix, StringComparison.Ordinal);

    public static bool IsPair(string feature) => feature.StartsWith(PairPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The value of each word feature when the paragraph has <paramref name="words"/> words (repeats included, known to
    /// the model or not, so training and classification count alike): together a long paragraph's words weigh as much
    /// as a short one's, while its opening and kind keep their full weight.
    /// </summary>
    public static float WordValue(int words) => words > 1 ? (float)(1 / Math.Sqrt(words)) : 1f;
}
