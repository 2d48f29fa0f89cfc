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

    /// <summary>
    /// The words, by open addressing (probed linearly, at most half full). Readers take the current table without a
    /// lock; a writer adds under <see cref="_writing"/>, and when the table would pass half full it copies the words
    /// into one twice as large and publishes that instead. A reader still holding the older table may miss a word
    /// added since and work it out again: the writer then finds it and keeps it once. Sized to the words met (a few
    /// thousand: a few hundred kilobytes), so a look-up reads memory the cache holds; the concurrent dictionary this
    /// replaces cost a tenth of <c>./wsis classify</c>'s CPU in its buckets and nodes.
    /// </summary>
    private volatile Table _table = new(1024);
    private readonly Lock _writing = new();

    public WordForms(WordResolver resolve)
    {
        Resolve = resolve;
    }

    /// <summary>The resolver whose ids are kept (the phrase matcher's vocabulary).</summary>
    public WordResolver Resolve { get; }

    public bool TryGet(ReadOnlySpan<char> folded, out WordForm form)
    {
        var table = _table;
        var hash = Hash(folded);
        var mask = table.Hashes.Length - 1;
        for (var i = table.Home(hash); ; i = (i + 1) & mask)
        {
            var found = Volatile.Read(ref table.Hashes[i]);
            if (found == 0)
            {
                form = null!;
                return false;
            }

            if (found == hash)
            {
                var entry = table.Entries[i]!;
                if (folded.SequenceEqual(entry.Folded))
                {
                    form = entry.Form;
                    return true;
                }
            }
        }
    }

    /// <summary>Words kept.</summary>
    public int Count => _table.Count;

    /// <summary>Whether <see cref="MaxWords"/> are kept: nothing more is added.</summary>
    public bool IsFull => _table.Count >= MaxWords;

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
        var hash = Hash(folded);
        lock (_writing)
        {
            var table = _table;
            if (table.Count >= MaxWords || table.Contains(folded, hash))
            {
                // Full, or another thread kept the word first (with the same form: it depends on the word alone).
                return;
            }

            if ((table.Count + 1) * 2 > table.Hashes.Length)
            {
                var larger = new Table(table.Hashes.Length * 2);
                for (var i = 0; i < table.Entries.Length; i++)
                {
                    if (table.Entries[i] is { } entry)
                    {
                        larger.Put(entry);
                    }
                }

                larger.Put(new Entry(folded, hash, form));
                _table = larger;
            }
            else
            {
                table.Put(new Entry(folded, hash, form));
            }
        }
    }

    /// <summary>Forgets every word: their ids change when the resolver's vocabulary grows.</summary>
    public void Clear()
    {
        lock (_writing)
        {
            if (_table.Count > 0)
            {
                _table = new Table(1024);
            }
        }
    }

    /// <summary>FNV-1a over the word's chars (a folded word is a few lower-case letters or digits); never 0, which marks an empty slot.</summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash == 0 ? 1 : hash;
    }

    private sealed record Entry(string Folded, uint Hash, WordForm Form);

    /// <summary>One size of the table: each slot's hash (0: empty) beside its entry, so a probe that passes a slot reads no entry.</summary>
    private sealed class Table(int slots)
    {
        private readonly int _shift = 32 - System.Numerics.BitOperations.Log2((uint)slots);

        public uint[] Hashes { get; } = new uint[slots];

        public Entry?[] Entries { get; } = new Entry?[slots];

        public int Count { get; private set; }

        /// <summary>The first slot to probe: the top bits of a Fibonacci hash, which spread FNV's close values.</summary>
        public int Home(uint hash) => (int)((hash * 0x9E3779B1u) >> _shift);

        public bool Contains(string folded, uint hash)
        {
            for (var i = Home(hash); Hashes[i] != 0; i = (i + 1) & (Hashes.Length - 1))
            {
                if (Hashes[i] == hash && Entries[i]!.Folded == folded)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Writes the entry, then its hash: a reader that sees the hash finds the entry written.</summary>
        public void Put(Entry entry)
        {
            var i = Home(entry.Hash);
            while (Hashes[i] != 0)
            {
                i = (i + 1) & (Hashes.Length - 1);
            }

            Entries[i] = entry;
            Volatile.Write(ref Hashes[i], entry.Hash);
            Count++;
        }
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
