namespace Serverless.Shared.Classification;

/// <summary>Resolves a normalised word to a vocabulary id (-1 when unknown).</summary>
internal delegate int WordResolver(ReadOnlySpan<char> word);

/// <summary>
/// Splits text into normalised words in one pass without allocating per word: folds case and accents,
/// drops French elisions (<c>l'</c>, <c>d'</c>, <c>qu'</c>) and the English possessive, drops stop words, stems
/// plurals. Words longer than <see cref="MaxWordLength"/> are kept as unknown.
/// </summary>
internal sealed class Tokeniser
{
    public const int MaxWordLength = 40;

    private static readonly HashSet<string> FrenchStopWords =
    [
        "a", "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "en", "et", "la", "le", "les",
        "leur", "leurs", "ou", "par", "pour", "que", "qui", "sa", "se", "ses", "son", "sur", "un", "une", "y", "dont",
    ];

    private static readonly HashSet<string> EnglishStopWords =
    [
        "a", "an", "and", "are", "as", "at", "by", "for", "from", "in", "into", "is", "its", "of", "on", "or", "the",
        "their", "this", "that", "these", "those", "to", "with", "which", "was", "were", "be", "been",
    ];

    private static readonly HashSet<string> Elisions = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"];

    private readonly bool _french;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _elisions = Elisions.GetAlternateLookup<ReadOnlySpan<char>>();

    public Tokeniser(bool french)
    {
        _french = french;
        _stopWords = (french ? FrenchStopWords : EnglishStopWords).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool French => _french;

    public void Tokenise(ReadOnlySpan<char> text, WordResolver resolve, List<TextToken> tokens)
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
                tokens.Add(new TextToken(start, i, -1));
                continue;
            }

            var w = word[..length];
            if (i < text.Length && TextNormaliser.IsApostrophe(text[i]) && _elisions.Contains(w))
            {
                continue;
            }

            if (length == 1 && w[0] == 's' && start > 0 && TextNormaliser.IsApostrophe(text[start - 1]))
            {
                continue;
            }

            if (_stopWords.Contains(w))
            {
                continue;
            }

            length = WordStemmer.Stem(w, _french);
            tokens.Add(new TextToken(start, i, resolve(word[..length])));
        }
    }
}
