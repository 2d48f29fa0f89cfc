using System.Collections.Concurrent;

namespace Serverless.Shared.Classification;

/// <summary>
/// What a <see cref="Tokeniser"/> made of each folded word it has met, for one resolver: whether it is a stop word,
/// and otherwise its stem, the resolver's id for it and a <see cref="WordTable"/>'s. A paragraph repeats the words of
/// the ones before (a language has a few thousand words in common use), so the tokeniser looks each up here once
/// instead of asking the stop words, stemming and hashing the stem twice more, which was a fifth of
/// <c>./wsis classify</c>'s CPU. Every answer depends on the folded word alone, so remembering it changes nothing.
/// Safe for many threads; at most <see cref="MaxWords"/> words are kept, so a long-running worker's memory stays
/// bounded whatever it reads (later words are then worked out each time, as before).
/// </summary>
internal sealed class WordForms
{
    /// <summary>Enough for the vocabulary of years of reports in two languages; a few megabytes when full.</summary>
    public const int MaxWords = 50_000;

    private readonly ConcurrentDictionary<string, WordForm> _forms;
    private readonly ConcurrentDictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _count;

    public WordForms(WordResolver resolve)
    {
        Resolve = resolve;
        _forms = new ConcurrentDictionary<string, WordForm>(StringComparer.Ordinal);
        _lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The resolver whose ids are kept (the phrase matcher's vocabulary).</summary>
    public WordResolver Resolve { get; }

    public bool TryGet(ReadOnlySpan<char> folded, out WordForm form) => _lookup.TryGetValue(folded, out form!);

    /// <summary>Words kept.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Whether <see cref="MaxWords"/> are kept: nothing more is added.</summary>
    public bool IsFull => Volatile.Read(ref _count) >= MaxWords;

    /// <summary>Keeps what <paramref name="folded"/> became, unless <see cref="MaxWords"/> are kept already.</summary>
    public void Add(ReadOnlySpan<char> folded, WordForm form)
    {
        if (!IsFull && _lookup.TryAdd(folded, form))
        {
            Interlocked.Increment(ref _count);
        }
    }

    /// <inheritdoc cref="Add(ReadOnlySpan{char}, WordForm)"/>
    public void Add(string folded, WordForm form)
    {
        if (!IsFull && _forms.TryAdd(folded, form))
        {
            Interlocked.Increment(ref _count);
        }
    }

    /// <summary>Forgets every word: their ids change when the resolver's vocabulary grows.</summary>
    public void Clear()
    {
        _forms.Clear();
        Volatile.Write(ref _count, 0);
    }
}

/// <summary>
/// A folded word as the tokeniser leaves it: <see cref="Stem"/> null for a stop word; the resolver's id; and the id in
/// <see cref="Table"/> (the one of the first caller that kept it), which a caller with another table looks up itself.
/// </summary>
internal sealed record WordForm(string? Stem, int Id, WordTable? Table, int TableId)
{
    public static readonly WordForm StopWord = new(null, -1, null, -1);
}
