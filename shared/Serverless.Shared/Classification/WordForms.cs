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
    /// The words, by open addressing (probed linearly, at most half full), in two arrays: one slot of plain values a
    /// word, and every word's folded letters and stem one after the other in a pool of chars. Readers take the current
    /// table without a lock; a writer adds under <see cref="_writing"/> (its letters first, then its slot, its hash
    /// last, which a reader checks first), and when the slots would pass half full or the pool overflow it copies them
    /// into larger arrays and publishes those instead. A reader still holding the older table may miss a word added
    /// since and work it out again: the writer then finds it and keeps it once. A look-up reads one slot and the chars
    /// it points to, in arrays the cache holds: kept as objects (a word, its form and their strings, behind a
    /// concurrent dictionary's buckets and nodes) the same look-ups cost a tenth of <c>./wsis classify</c>'s CPU.
    /// </summary>
    private volatile Table _table = new(new Slot[1024], new char[16 * 1024], 0, 0);
    private readonly Lock _writing = new();

    public WordForms(WordResolver resolve)
    {
        Resolve = resolve;
    }

    /// <summary>The resolver whose ids are kept (the phrase matcher's vocabulary).</summary>
    public WordResolver Resolve { get; }

    /// <summary>What <paramref name="folded"/> became, if it is kept; the form's stem is valid until the next call adds words.</summary>
    public bool TryGet(ReadOnlySpan<char> folded, out WordForm form)
    {
        var table = _table;
        var slots = table.Slots;
        var hash = Hash(folded);
        for (var i = Home(hash, slots.Length); ; i = (i + 1) & (slots.Length - 1))
        {
            ref var slot = ref slots[i];
            var found = Volatile.Read(ref slot.Hash);
            if (found == 0)
            {
                form = default;
                return false;
            }

            if (found == hash && folded.SequenceEqual(table.Pool.AsSpan(slot.Start, slot.FoldedLength)))
            {
                form = new WordForm(
                    slot.StemLength < 0 ? default : table.Pool.AsSpan(slot.Start + slot.FoldedLength, slot.StemLength),
                    slot.StemLength < 0,
                    slot.Id,
                    slot.Table,
                    slot.TableId);
                return true;
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
        if (IsFull)
        {
            return;
        }

        var hash = Hash(folded);
        var stemLength = form.IsStopWord ? 0 : form.Stem.Length;
        lock (_writing)
        {
            var table = _table;
            if (table.Count >= MaxWords || table.Contains(folded, hash))
            {
                // Full, or another thread kept the word first (with the same form: it depends on the word alone).
                return;
            }

            if ((table.Count + 1) * 2 > table.Slots.Length || table.Used + folded.Length + stemLength > table.Pool.Length)
            {
                table = table.Larger(folded.Length + stemLength);
                _table = table;
            }

            var start = table.Used;
            folded.CopyTo(table.Pool.AsSpan(start));
            form.Stem.CopyTo(table.Pool.AsSpan(start + folded.Length));
            table.Put(new Slot
            {
                Hash = hash,
                Start = start,
                FoldedLength = folded.Length,
                StemLength = form.IsStopWord ? -1 : stemLength,
                Id = form.Id,
                TableId = form.TableId,
                Table = form.Table,
            });
            table.Used += folded.Length + stemLength;
        }
    }

    /// <summary>Forgets every word: their ids change when the resolver's vocabulary grows.</summary>
    public void Clear()
    {
        lock (_writing)
        {
            if (_table.Count > 0)
            {
                _table = new Table(new Slot[1024], new char[16 * 1024], 0, 0);
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

    /// <summary>The first slot to probe in a table of <paramref name="length"/> slots (a power of two): the top bits of a Fibonacci hash, which spread FNV's close values.</summary>
    private static int Home(uint hash, int length) =>
        (int)((hash * 0x9E3779B1u) >> (32 - System.Numerics.BitOperations.Log2((uint)length)));

    /// <summary>A word kept: its hash (0: an empty slot), where its folded letters and then its stem start in the pool.</summary>
    private struct Slot
    {
        public uint Hash;
        public int Start;
        public int FoldedLength;

        /// <summary>-1 for a stop word.</summary>
        public int StemLength;
        public int Id;
        public int TableId;
        public WordTable? Table;
    }

    /// <summary>One size of the slots and the pool; the writer fills it in place until it needs larger ones.</summary>
    private sealed class Table(Slot[] slots, char[] pool, int count, int used)
    {
        public Slot[] Slots { get; } = slots;

        public char[] Pool { get; } = pool;

        public int Count { get; private set; } = count;

        public int Used { get; set; } = used;

        public bool Contains(ReadOnlySpan<char> folded, uint hash)
        {
            for (var i = Home(hash, Slots.Length); Slots[i].Hash != 0; i = (i + 1) & (Slots.Length - 1))
            {
                if (Slots[i].Hash == hash && folded.SequenceEqual(Pool.AsSpan(Slots[i].Start, Slots[i].FoldedLength)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Writes the slot, its hash last: a reader that sees the hash finds the rest written.</summary>
        public void Put(Slot slot)
        {
            var i = Home(slot.Hash, Slots.Length);
            while (Slots[i].Hash != 0)
            {
                i = (i + 1) & (Slots.Length - 1);
            }

            var hash = slot.Hash;
            slot.Hash = 0;
            Slots[i] = slot;
            Volatile.Write(ref Slots[i].Hash, hash);
            Count++;
        }

        /// <summary>A copy with room for one more word and <paramref name="chars"/> more chars.</summary>
        public Table Larger(int chars)
        {
            var slots = (Count + 1) * 2 > Slots.Length ? Slots.Length * 2 : Slots.Length;
            var pool = new char[Math.Max(Pool.Length * 2, Used + chars)];
            Pool.AsSpan(0, Used).CopyTo(pool);
            var larger = new Table(new Slot[slots], pool, 0, Used);
            foreach (var slot in Slots)
            {
                if (slot.Hash != 0)
                {
                    larger.Put(slot);
                }
            }

            return larger;
        }
    }
}

/// <summary>
/// A folded word as the tokeniser leaves it: a stop word, or its stem, the resolver's id and the id in
/// <see cref="Table"/> (the one of the first caller that kept it), which a caller with another table looks up itself.
/// </summary>
internal readonly ref struct WordForm(ReadOnlySpan<char> stem, bool isStopWord, int id, WordTable? table, int tableId)
{
    public static WordForm StopWord => new(default, true, -1, null, -1);

    /// <summary>The stem (empty for a stop word).</summary>
    public ReadOnlySpan<char> Stem { get; } = stem;

    public bool IsStopWord { get; } = isStopWord;

    public int Id { get; } = id;

    public WordTable? Table { get; } = table;

    public int TableId { get; } = tableId;
}
