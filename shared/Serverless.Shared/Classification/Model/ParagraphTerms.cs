namespace Serverless.Shared.Classification.Model;

/// <summary>Receives one term of a paragraph (valid only during the call).</summary>
internal delegate void TermSink(ReadOnlySpan<char> term);

/// <summary>
/// The terms the trained model can read in a paragraph, in one pass of the language's tokeniser: each normalised word;
/// each pair of neighbouring words ("renforcement capacite"), which tells "data protection" from "protection" and
/// "data"; and each word's beginning ("agric~" for agriculteurs, agricole, agriculture), which carries what a
/// word family means to forms the training paragraphs did not use. Training builds its vocabulary from these terms
/// and classification looks them up, so both read a paragraph the same way.
/// </summary>
internal static class ParagraphTerms
{
    /// <summary>Between the two words of a pair: a space never occurs in a word.</summary>
    public const char PairSeparator = ' ';

    /// <summary>Ends a word's beginning: never part of a normalised word.</summary>
    public const char BeginningMark = '~';

    /// <summary>
    /// How many letters make a word's beginning. Five keep families together in both languages (format~: formation,
    /// formateur; numer~: numérique, numérisation) while still telling most families apart.
    /// </summary>
    public const int BeginningLength = 5;

    public static bool IsPair(string term) => term.Contains(PairSeparator, StringComparison.Ordinal);

    public static bool IsBeginning(string term) => term.EndsWith(BeginningMark);

    /// <summary>The terms of a text (tokenised here), one by one into <paramref name="sink"/>.</summary>
    public static void Read(Tokeniser tokeniser, ReadOnlySpan<char> text, TermSink sink)
    {
        var words = new TokenisedWords(text.Length);
        tokeniser.Tokenise(text, _ => -1, words);
        Span<char> buffer = stackalloc char[BufferLength];
        foreach (var term in Of(words, buffer))
        {
            sink(term);
        }
    }

    /// <summary>The length <see cref="Of"/> needs for its buffer: two words and the separator.</summary>
    public const int BufferLength = (2 * Tokeniser.MaxWordLength) + 1;

    /// <summary>
    /// The terms of already tokenised words, in the order training read them: for each word, the word, its beginning
    /// (when it is longer than <see cref="BeginningLength"/> + 1 letters), then the pair it makes with the word before.
    /// </summary>
    /// <param name="buffer">At least <see cref="BufferLength"/> chars, where pairs and beginnings are written.</param>
    public static Terms Of(TokenisedWords words, Span<char> buffer) => new(words, buffer);

    /// <summary>Enumerates the terms of <see cref="TokenisedWords"/>; each term is valid until the next.</summary>
    public ref struct Terms
    {
        private readonly TokenisedWords _words;
        private readonly Span<char> _buffer;
        private int _token;
        private int _step;
        private int _previous;

        internal Terms(TokenisedWords words, Span<char> buffer)
        {
            _words = words;
            _buffer = buffer;
            _token = -1;
            _step = 2;
            _previous = -1;
        }

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly Terms GetEnumerator() => this;

        public bool MoveNext()
        {
            while (true)
            {
                if (_step == 2 || _token < 0)
                {
                    // The next word: words too long to keep are skipped, and the pair spans them.
                    if (_token >= 0)
                    {
                        _previous = _token;
                    }

                    do
                    {
                        _token++;
                    }
                    while (_token < _words.Count && !_words.HasWord(_token));

                    if (_token >= _words.Count)
                    {
                        Current = default;
                        return false;
                    }

                    _step = 0;
                    Current = _words.Word(_token);
                    return true;
                }

                var word = _words.Word(_token);
                if (_step == 0)
                {
                    _step = 1;
                    if (word.Length > BeginningLength + 1)
                    {
                        word[..BeginningLength].CopyTo(_buffer);
                        _buffer[BeginningLength] = BeginningMark;
                        Current = _buffer[..(BeginningLength + 1)];
                        return true;
                    }
                }

                _step = 2;
                if (_previous >= 0)
                {
                    var before = _words.Word(_previous);
                    before.CopyTo(_buffer);
                    _buffer[before.Length] = PairSeparator;
                    word.CopyTo(_buffer[(before.Length + 1)..]);
                    Current = _buffer[..(before.Length + 1 + word.Length)];
                    return true;
                }
            }
        }
    }
}
