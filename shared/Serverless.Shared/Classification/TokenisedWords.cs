namespace Serverless.Shared.Classification;

/// <summary>
/// A text read once by its language's <see cref="Tokeniser"/>: the tokens (with their lexicon ids) and, beside each,
/// the normalised word itself, so the lexicon, the action-line model's terms and the body guess all read the one pass
/// instead of tokenising the paragraph again each. A word longer than <see cref="Tokeniser.MaxWordLength"/> has a
/// token but no word (<see cref="HasWord"/>), as the tokeniser never resolves it. Reused by one caller at a time.
/// </summary>
internal sealed class TokenisedWords
{
    private char[] _chars;
    private int[] _starts;
    private int[] _lengths;
    private int[] _ids;
    private int _used;

    /// <param name="table">When given, each word's id in it is kept too (<see cref="WordId"/>).</param>
    public TokenisedWords(int textLength = 256, WordTable? table = null)
    {
        Table = table;
        Tokens = new List<TextToken>((textLength / 6) + 4);
        _chars = new char[Math.Max(16, textLength + 8)];
        _starts = new int[Tokens.Capacity];
        _lengths = new int[Tokens.Capacity];
        _ids = new int[Tokens.Capacity];
    }

    /// <summary>The table the words' ids come from; null when none was kept.</summary>
    public WordTable? Table { get; }

    /// <summary>The tokens, in text order; their ids are what the resolver answered (-1: unknown or too long).</summary>
    public List<TextToken> Tokens { get; }

    public int Count => Tokens.Count;

    public bool HasWord(int token) => _lengths[token] >= 0;

    /// <summary>The normalised (folded, stemmed) word of a token that <see cref="HasWord"/>.</summary>
    public ReadOnlySpan<char> Word(int token) => _chars.AsSpan(_starts[token], _lengths[token]);

    /// <summary>The token's word's id in <see cref="Table"/>; -1 when the table lacks it or the token has no word.</summary>
    public int WordId(int token) => _ids[token];

    public void Clear()
    {
        Tokens.Clear();
        _used = 0;
    }

    /// <summary>Keeps the word of the token about to be added to <see cref="Tokens"/> (none when it is too long to keep).</summary>
    internal void Keep(ReadOnlySpan<char> word, bool tooLong)
    {
        if (tooLong)
        {
            Keep(default, -1, tooLong: true);
        }
        else
        {
            Keep(word, Table?.IdOf(word) ?? -1, tooLong: false);
        }
    }

    /// <summary>Keeps a word whose id in <see cref="Table"/> the caller knows already.</summary>
    internal void Keep(ReadOnlySpan<char> word, int id) => Keep(word, id, tooLong: false);

    private void Keep(ReadOnlySpan<char> word, int id, bool tooLong)
    {
        var token = Tokens.Count;
        if (token == _starts.Length)
        {
            Array.Resize(ref _starts, token * 2);
            Array.Resize(ref _lengths, token * 2);
            Array.Resize(ref _ids, token * 2);
        }

        if (tooLong)
        {
            _starts[token] = _used;
            _lengths[token] = -1;
            _ids[token] = -1;
            return;
        }

        if (_used + word.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + word.Length));
        }

        word.CopyTo(_chars.AsSpan(_used));
        _starts[token] = _used;
        _lengths[token] = word.Length;
        _ids[token] = id;
        _used += word.Length;
    }
}
