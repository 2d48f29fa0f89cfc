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

    /// <summary>The same, each word's form looked up in (and added to) <paramref name="forms"/>, whose resolver it uses.</summary>
    public void Tokenise(ReadOnlySpan<char> text, WordForms forms, TokenisedWords words)
    {
        words.Clear();
        Tokenise(text, forms.Resolve, words.Tokens, words, forms);
    }

    /// <summary>Tokenises <paramref name="text"/> into <paramref name="tokens"/> (not cleared), with <paramref name="forms"/> as above.</summary>
    public void Tokenise(ReadOnlySpan<char> text, WordForms forms, List<TextToken> tokens) => Tokenise(text, forms.Resolve, tokens, null, forms);

    private void Tokenise(ReadOnlySpan<char> text, WordResolver resolve, List<TextToken> tokens, TokenisedWords? words, WordForms? forms = null)
    {
        Span<char> word = stackalloc char[MaxWordLength + 1];
        Span<char> unstemmed = forms is null ? default : stackalloc char[MaxWordLength + 1];
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
            var glued = false;
            while (i < text.Length)
            {
                var c = text[i];
                var folded = TextNormaliser.FoldChar(c);
                if (folded == '\0')
                {
                    break;
                }

                if (char.IsAsciiDigit(c) && IsGluedNumber(text, start, i))
                {
                    glued = true;
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

            // A glued footnote call is no word: skipped, so that a name it interrupts still reads as one phrase.
            var end = i;
            while (glued && i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (length > MaxWordLength)
            {
                words?.Keep(default, tooLong: true);
                tokens.Add(new TextToken(start, end, -1));
                continue;
            }

            var w = word[..length];
            if (end < text.Length && TextNormaliser.IsApostrophe(text[end]) && _elisions.Contains(w))
            {
                continue;
            }

            if (start > 0 && TextNormaliser.IsApostrophe(text[start - 1]) && _afterApostrophe.Contains(w))
            {
                continue;
            }

            if (IsListMarker(text, start, end))
            {
                continue;
            }

            if (forms is not null && forms.TryGet(w, out var form))
            {
                if (!form.IsStopWord)
                {
                    words?.Keep(form.Stem, ReferenceEquals(words.Table, form.Table) ? form.TableId : words.Table?.IdOf(form.Stem) ?? -1);
                    tokens.Add(new TextToken(start, end, form.Id));
                }

                continue;
            }

            if (_stopWords.Contains(w))
            {
                forms?.Add(w, WordForm.StopWord);
                continue;
            }

            // Stemming works in place: the folded word, which the forms are found by, is kept apart first.
            var seen = forms is { IsFull: false } ? unstemmed[..length] : default;
            if (!seen.IsEmpty)
            {
                w.CopyTo(seen);
            }

            length = _stemmer.Stem(w);
            var stem = word[..length];
            var id = resolve(stem);
            var tableId = words?.Table?.IdOf(stem) ?? -1;
            words?.Keep(stem, tableId);
            tokens.Add(new TextToken(start, end, id));
            if (!seen.IsEmpty)
            {
                forms!.Add(seen, new WordForm(stem, false, id, words?.Table, tableId));
            }
        }
    }

    /// <summary>
    /// Whether the word at <paramref name="start"/>..<paramref name="end"/> is the marker of a lettered item, a letter
    /// or a small roman numeral closed by a parenthesis (<c>(b)</c>, <c>c)</c>, <c>(iv)</c>): it says how a paragraph is
    /// laid out, not what it is about, so it is no word. Read as one, the letters of long operative paragraphs became
    /// evidence for whichever lines such paragraphs were most often about, and "(b) (c)" alone got three lines.
    /// An abbreviation in parentheses (<c>(UIT)</c>, <c>(IGF)</c>) keeps its word.
    /// </summary>
    internal static bool IsListMarker(ReadOnlySpan<char> text, int start, int end)
    {
        if (end >= text.Length || text[end] != ')')
        {
            return false;
        }

        var word = text[start..end];
        return word.Length == 1 || (word.Length <= 4 && !word.ContainsAnyExcept("ivx"));
    }

    /// <summary>
    /// Whether the digits at <paramref name="at"/> are a number glued to the plain word before them, as a footnote call
    /// pasted from a PDF reads ("the Information Society3", "du développement12,"): one to three digits ending the
    /// run, after at least <see cref="GluedWordLetters"/> letters written in lower case but for the first. Read as one,
    /// the word was unknown, and a body's name in it went unfound; the number is then no word either. A name that carries its number keeps it:
    /// capitals inside (<c>IPv6</c>, <c>DHIS2</c>, <c>AfricaConnect3</c>) or fewer letters (<c>C7</c>, <c>G20</c>, <c>Web3</c>).
    /// </summary>
    internal static bool IsGluedNumber(ReadOnlySpan<char> text, int start, int at)
    {
        var letters = text[start..at];
        if (letters.Length < GluedWordLetters || !char.IsLetter(letters[0]))
        {
            return false;
        }

        foreach (var letter in letters[1..])
        {
            if (!char.IsLower(letter))
            {
                return false;
            }
        }

        var digits = 0;
        while (at + digits < text.Length && char.IsAsciiDigit(text[at + digits]))
        {
            digits++;
        }

        return digits <= 3 && (at + digits == text.Length || !char.IsLetterOrDigit(text[at + digits]));
    }

    /// <summary>The fewest letters of a word a number can be glued to (<see cref="IsGluedNumber"/>).</summary>
    private const int GluedWordLetters = 4;

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> words) =>
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
