namespace Serverless.Shared.Classification;

/// <summary>Resolves a normalised word to a vocabulary id (-1 when unknown).</summary>
internal delegate int WordResolver(ReadOnlySpan<char> word);

/// <summary>
/// Splits text into normalised words in one pass without allocating per word: folds case and accents,
/// drops the language's elisions (<c>l'</c>, <c>d'</c>, <c>qu'</c>), the possessive <c>'s</c> and stop words, and stems
/// (<see cref="WordStemmer"/>); all of it from the language's <see cref="LanguageResource"/>. Words longer than
/// <see cref="MaxWordLength"/> are kept as unknown.
/// </summary>
internal sealed class Tokeniser
{
    public const int MaxWordLength = 40;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _elisions;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _afterApostrophe;
    private readonly WordStemmer _stemmer;

    public Tokeniser(LanguageResource language)
    {
        ArgumentNullException.ThrowIfNull(language);
        Language = language;
        _stopWords = Lookup(language.StopWords);
        _elisions = Lookup(language.Elisions);
        _afterApostrophe = Lookup(language.AfterApostrophe);
        _stemmer = new WordStemmer(language.Stemming);
    }

    public LanguageResource Language { get; }

    public void Tokenise(ReadOnlySpan<char> text, WordResolver resolve, List<TextToken> tokens) => Tokenise(text, resolve, tokens, null);

    /// <summary>Tokenises <paramref name="text"/> into <paramref name="words"/> (cleared first), keeping each normalised word.</summary>
    public void Tokenise(ReadOnlySpan<char> text, WordResolver resolve, TokenisedWords words)
    {
        words.Clear();
        Tokenise(text, resolve, words.Tokens, words);
    }

    private void Tokenise(ReadOnlySpan<char> text, WordResolver resolve, List<TextToken> tokens, TokenisedWords? words)
    {
        Span<char> word = stackalloc char[MaxWordLength + 1];
        var i = 0;
        while (i < text.Length)
        {
            if (TextNormaliser.FoldChar(text[i]) == '\0')
            {
                i++;
                continue;
            }

            var start = i;
            var length = 0;
            while (i < text.Length)
            {
                var c = text[i];
                var folded = TextNormaliser.FoldChar(c);
                if (folded == '\0')
                {
                    break;
                }

                if (length < word.Length)
                {
                    word[length++] = folded;
                }

                if (c is 'œ' or 'Œ' or 'æ' or 'Æ' && length < word.Length)
                {
                    word[length++] = 'e';
                }

                i++;
            }

            if (length > MaxWordLength)
            {
                words?.Keep(default, tooLong: true);
                tokens.Add(new TextToken(start, i, -1));
                continue;
            }

            var w = word[..length];
            if (i < text.Length && TextNormaliser.IsApostrophe(text[i]) && _elisions.Contains(w))
            {
                continue;
            }

            if (start > 0 && TextNormaliser.IsApostrophe(text[start - 1]) && _afterApostrophe.Contains(w))
            {
                continue;
            }

            if (_stopWords.Contains(w))
            {
                continue;
            }

            length = _stemmer.Stem(w);
            words?.Keep(word[..length], tooLong: false);
            tokens.Add(new TextToken(start, i, resolve(word[..length])));
        }
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> words) =>
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
