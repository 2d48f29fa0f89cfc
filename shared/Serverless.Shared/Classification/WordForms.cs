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

    /// <summary>Slots of the table: a power of two, so that <see cref="MaxWords"/> fill it at most to two fifths.</summary>
    private const int SlotBits = 17;

    /// <summary>
    /// Open addressing, probed linearly, filled once per word and never emptied but all at once (<see cref="Clear"/>):
    /// a reader takes a slot as it finds it, a writer claims an empty one with a compare-and-swap, so two threads adding
    /// the same word meet at the same slot and keep one. A look-up is a hash of the word and a read or two of the table,
    /// where the concurrent dictionary it replaces spent a tenth of the command's CPU on its buckets and nodes. Made at
    /// the first word kept (null until then: a matcher that never reads text needs none).
    /// </summary>
    private Entry?[]? _slots;
    private int _count;

    public WordForms(WordResolver resolve)
    {
        Resolve = resolve;
    }

    /// <summary>The resolver whose ids are kept (the phrase matcher's vocabulary).</summary>
    public WordResolver Resolve { get; }

    public bool TryGet(ReadOnlySpan<char> folded, out WordForm form)
    {
        var slots = Volatile.Read(ref _slots);
        if (slots is not null)
        {
            var hash = Hash(folded);
            for (var i = Home(hash); ; i = (i + 1) & (slots.Length - 1))
            {
                var entry = Volatile.Read(ref slots[i]);
                if (entry is null)
                {
                    break;
                }

                if (entry.Hash == hash && folded.SequenceEqual(entry.Folded))
                {
                    form = entry.Form;
                    return true;
                }
            }
        }

        form = null!;
        return false;
    }

    /// <summary>Words kept.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Whether <see cref="MaxWords"/> are kept: nothing more is added.</summary>
    public bool IsFull => Volatile.Read(ref _count) >= MaxWords;

    /// <summary>Keeps what <paramref name="folded"/> became, unless <see cref="MaxWords"/> are kept already.</summary>
    public void Add(ReadOnlySpan<char> folded, WordForm form)
    {
        if (!IsFull)
        {
            Add(folded.ToString(), form);
        }
    }

    /// <inheritdoc cref="Add(ReadOnlySpan{char}, WordForm)"/>
    public void Add(string folded, WordForm form)
    {
        // A place is taken before the word is written, so that threads adding at once never keep more than MaxWords.
        if (Interlocked.Increment(ref _count) > MaxWords)
        {
            Interlocked.Decrement(ref _count);
            return;
        }

        var slots = Volatile.Read(ref _slots);
        if (slots is null)
        {
            Interlocked.CompareExchange(ref _slots, new Entry?[1 << SlotBits], null);
            slots = Volatile.Read(ref _slots)!;
        }

        var entry = new Entry(folded, Hash(folded), form);
        for (var i = Home(entry.Hash); ; i = (i + 1) & (slots.Length - 1))
        {
            var found = Interlocked.CompareExchange(ref slots[i], entry, null);
            if (found is null)
            {
                return;
            }

            if (found.Hash == entry.Hash && found.Folded == folded)
            {
                // Another thread kept the word first (with the same form: it depends on the word alone).
                Interlocked.Decrement(ref _count);
                return;
            }
        }
    }

    /// <summary>Forgets every word: their ids change when the resolver's vocabulary grows.</summary>
    public void Clear()
    {
        if (Volatile.Read(ref _count) == 0)
        {
            return;
        }

        Volatile.Write(ref _slots, null);
        Volatile.Write(ref _count, 0);
    }

    /// <summary>FNV-1a over the word's chars: a folded word is a few lower-case letters or digits.</summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>The first slot to probe: the top bits of a Fibonacci hash, which spread FNV's close values.</summary>
    private static int Home(uint hash) => (int)((hash * 0x9E3779B1u) >> (32 - SlotBits));

    private sealed record Entry(string Folded, uint Hash, WordForm Form);
}

/// <summary>
/// A folded word as the tokeniser leaves it: <see cref="Stem"/> null for a stop word; the resolver's id; and the id in
/// <see cref="Table"/> (the one of the first caller that kept it), which a caller with another table looks up itself.
/// </summary>
internal sealed record WordForm(string? Stem, int Id, WordTable? Table, int TableId)
{
    public static readonly WordForm StopWord = new(null, -1, null, -1);
}
