using System.Runtime.InteropServices;

namespace Serverless.Shared.Classification;

/// <summary>
/// Finds every taxonomy phrase in a text in one pass: phrases are stored as a trie over normalised word ids,
/// and the text is walked once, taking at each position the longest phrase that starts there
/// (leftmost-longest, so "sécurité alimentaire" wins over "sécurité"). Built once, then read-only and
/// thread-safe.
/// </summary>
/// <typeparam name="T">What a phrase stands for (an action line, a body, an addressee...).</typeparam>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly PairMap _children = new();
    private readonly List<List<T>?> _entries = [null];
    private readonly WordResolver _findWord;
    private readonly WordResolver _addWord;

    /// <summary>The text's words as read before: each paragraph's words are looked up once instead of worked out again.</summary>
    private readonly WordForms _forms;

    private readonly Func<T, T, bool> _sameTarget;

    /// <param name="sameTarget">
    /// Two entries that stand for the same thing: only the first added is kept on a phrase, so a phrase listed
    /// in both languages ("coopération", "cooperation") or as a name and a term counts once.
    /// </param>
    public PhraseMatcher(Tokeniser tokeniser, Func<T, T, bool>? sameTarget = null)
    {
        _sameTarget = sameTarget ?? ((a, b) => EqualityComparer<T>.Default.Equals(a, b));
        Tokeniser = tokeniser;
        _lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        _findWord = w => _lookup.TryGetValue(w, out var id) ? id : -1;
        _addWord = w =>
        {
            if (!_lookup.TryGetValue(w, out var id))
            {
                id = _vocabulary.Count;
                _lookup[w] = id;
            }

            return id;
        };
        _forms = new WordForms(_findWord);
    }

    public Tokeniser Tokeniser { get; }

    public int PhraseCount { get; private set; }

    /// <summary>Adds a phrase; returns false when nothing of it is left after normalisation (only stop words).</summary>
    public bool Add(string phrase, T entry)
    {
        // A phrase may add words, which some remembered word may be: forgotten, they are read again.
        _forms.Clear();
        var tokens = new List<TextToken>();
        Tokeniser.Tokenise(phrase, _addWord, tokens);
        if (tokens.Count == 0)
        {
            return false;
        }

        var node = 0;
        foreach (var token in tokens)
        {
            var key = KeyOf(node, token.Id);
            if (!_children.TryGetValue(key, out var child))
            {
                child = _entries.Count;
                _entries.Add(null);
                _children[key] = child;
            }

            node = child;
        }

        var list = _entries[node] ??= [];
        if (!list.Exists(e => _sameTarget(e, entry)))
        {
            list.Add(entry);
            PhraseCount++;
        }

        return true;
    }

    /// <summary>Normalises <paramref name="text"/> into <paramref name="tokens"/> (cleared first).</summary>
    public void Tokenise(ReadOnlySpan<char> text, List<TextToken> tokens)
    {
        tokens.Clear();
        Tokeniser.Tokenise(text, _forms, tokens);
    }

    /// <summary>Normalises <paramref name="text"/> into <paramref name="words"/> (cleared first), keeping each word too.</summary>
    public void Tokenise(ReadOnlySpan<char> text, TokenisedWords words) => Tokeniser.Tokenise(text, _forms, words);

    /// <summary>Appends the leftmost-longest phrase matches over already tokenised text.</summary>
    public void Match(List<TextToken> list, List<PhraseMatch> matches)
    {
        var tokens = CollectionsMarshal.AsSpan(list);
        var i = 0;
        while (i < tokens.Length)
        {
            var node = 0;
            var bestEnd = -1;
            var bestNode = 0;
            for (var j = i; j < tokens.Length; j++)
            {
                var id = tokens[j].Id;
                if (id < 0 || !_children.TryGetValue(KeyOf(node, id), out node))
                {
                    break;
                }

                if (_entries[node] is not null)
                {
                    bestEnd = j;
                    bestNode = node;
                }
            }

            if (bestEnd >= 0)
            {
                matches.Add(new PhraseMatch(i, bestEnd, bestNode));
                i = bestEnd + 1;
            }
            else
            {
                i++;
            }
        }
    }

    public IReadOnlyList<T> EntriesOf(int node) => _entries[node] ?? (IReadOnlyList<T>)[];

    private static long KeyOf(int node, int wordId) => ((long)node << 32) | (uint)wordId;
}
