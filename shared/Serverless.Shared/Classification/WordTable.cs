namespace Serverless.Shared.Classification;

/// <summary>
/// An id for every normalised word the trained models name in their terms (alone, in a pair, in an opening), so a
/// paragraph's words are looked up once each while it is tokenised (<see cref="TokenisedWords"/>) and each model then
/// finds its terms by id, in arrays and small integer-keyed maps, instead of hashing every word, beginning and pair
/// again as text. A word outside the table is in none of the models' words, pairs or openings. Built once; read-only.
/// </summary>
internal sealed class WordTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordTable(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (_ids.TryAdd(word, _words.Count))
            {
                _words.Add(word);
            }
        }

        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _ids.Count;

    /// <summary>The words, in id order.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>The word's id, or -1 when no model names it.</summary>
    public int IdOf(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var id) ? id : -1;

    /// <summary>The key of two words in this order, for maps of pairs.</summary>
    public static long PairKey(int first, int second) => ((long)first << 32) | (uint)second;
}
