using System.Runtime.InteropServices;

namespace Serverless.Shared.Classification.Model;

/// <summary>
/// How the trained action-line model sees a paragraph. For each action line: what the lexicon scored for it, whether
/// the heading named it, whether the lexicon's thresholds gave it (first or not), and how strong the best other line
/// is. For the paragraph: which known terms it uses (<see cref="ParagraphTerms"/>: words, pairs of words, word
/// beginnings). Training and classification both describe paragraphs through this class, so the model reads in
/// production exactly what it learnt from.
/// </summary>
internal sealed class ActionLineFeatures
{
    /// <summary>The per-line features, in order; their names in the model file.</summary>
    public static readonly IReadOnlyList<string> LineFeatureNames = ["lexicon", "heading", "lexiconFirst", "lexiconGiven", "otherLexicon"];

    public const string WordPrefix = "word:";

    /// <summary>A lexicon score counts up to this much; beyond it, more terms say nothing new.</summary>
    private const double ScoreCap = 12;

    private readonly Dictionary<string, int> _lines;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;

    /// <summary>Each word as evidence names it (<c>word:…</c>), made once rather than for every paragraph it explains.</summary>
    private readonly string[] _wordNames;

    public ActionLineFeatures(IReadOnlyList<string> lines, IReadOnlyList<string> words)
    {
        Lines = lines;
        Words = words;
        _lines = lines.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
        var vocabulary = words.Select((word, i) => (word, i)).ToDictionary(x => x.word, x => x.i, StringComparer.Ordinal);
        _words = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordNames = words.Select(w => WordPrefix + w).ToArray();
    }

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<string> Words { get; }

    public static int LineFeatureCount => LineFeatureNames.Count;

    /// <summary>The index of a word named <c>word:…</c> in the model file, or -1.</summary>
    public int WordIndexOf(string name) =>
        name.StartsWith(WordPrefix, StringComparison.Ordinal) && _words.TryGetValue(name.AsSpan(WordPrefix.Length), out var w) ? w : -1;

    public string WordName(int index) => _wordNames[index];

    /// <summary>
    /// Describes a paragraph: <paramref name="lineFeatures"/> gets <see cref="LineFeatureCount"/> values per line, in
    /// the order of <see cref="Lines"/>; <paramref name="words"/> each known word once, weighted so that a long
    /// paragraph's words together weigh as much as a short one's.
    /// </summary>
    /// <param name="index">This vocabulary by the ids of <paramref name="text"/>'s table (<see cref="IndexBy"/>), or null to look terms up as text.</param>
    public void Describe(
        TokenisedWords text,
        Dictionary<string, ActionLineTally>? tallies,
        IReadOnlyList<ActionLineLabel> lexiconLabels,
        Span<float> lineFeatures,
        List<(int Index, float Value)> words,
        TermIndex? index = null)
    {
        lineFeatures.Clear();
        if (tallies is not null)
        {
            Span<float> scores = stackalloc float[Lines.Count];
            foreach (var (code, tally) in tallies)
            {
                if (_lines.TryGetValue(code, out var line))
                {
                    scores[line] = (float)(Math.Min(tally.Score, ScoreCap) / (ScoreCap / 2));
                    lineFeatures[(line * LineFeatureCount) + 1] = tally.FromHeading ? 1f : 0f;
                }
            }

            for (var line = 0; line < Lines.Count; line++)
            {
                var other = 0f;
                for (var o = 0; o < Lines.Count; o++)
                {
                    if (o != line && scores[o] > other)
                    {
                        other = scores[o];
                    }
                }

                lineFeatures[line * LineFeatureCount] = scores[line];
                lineFeatures[(line * LineFeatureCount) + 4] = other;
            }
        }

        for (var i = 0; i < lexiconLabels.Count; i++)
        {
            if (_lines.TryGetValue(lexiconLabels[i].Code, out var line))
            {
                lineFeatures[(line * LineFeatureCount) + 2] = i == 0 ? 1f : 0f;
                lineFeatures[(line * LineFeatureCount) + 3] = 1f;
            }
        }

        // Each known term once, in the order it first occurs (the order the model sums in and lists evidence by).
        words.Clear();
        var blocks = (Words.Count + 63) / 64;
        // Starts zeroed: stack memory is initialised here (no SkipLocalsInit), and so is a new array.
        var seen = blocks <= 1024 ? stackalloc ulong[blocks] : new ulong[blocks];
        if (index is not null && ReferenceEquals(index.Table, text.Table))
        {
            ReadIndexed(text, index, seen, words);
        }
        else
        {
            Span<char> buffer = stackalloc char[ParagraphTerms.BufferLength];
            foreach (var term in ParagraphTerms.Of(text, buffer))
            {
                Found(_words.TryGetValue(term, out var known) ? known : -1, seen, words);
            }
        }

        if (words.Count > 1)
        {
            var weight = (float)(1 / Math.Sqrt(words.Count));
            foreach (ref var word in CollectionsMarshal.AsSpan(words))
            {
                word.Value = weight;
            }
        }
    }

    /// <summary>
    /// The terms of <see cref="ParagraphTerms.Of"/>, in the same order (each word, its beginning, the pair it ends), found
    /// by word id: a word the table lacks is no term and in no pair, though its beginning may still be one.
    /// </summary>
    private void ReadIndexed(TokenisedWords text, TermIndex index, Span<ulong> seen, List<(int Index, float Value)> words)
    {
        Span<char> beginning = stackalloc char[ParagraphTerms.BeginningLength + 1];
        beginning[ParagraphTerms.BeginningLength] = ParagraphTerms.BeginningMark;
        var previous = -1;
        for (var t = 0; t < text.Count; t++)
        {
            if (!text.HasWord(t))
            {
                continue;
            }

            var id = text.WordId(t);
            Found(id >= 0 ? index.Words[id] : -1, seen, words);
            var word = text.Word(t);
            if (word.Length > ParagraphTerms.BeginningLength + 1)
            {
                if (id >= 0)
                {
                    Found(index.Beginnings[id], seen, words);
                }
                else
                {
                    word[..ParagraphTerms.BeginningLength].CopyTo(beginning);
                    Found(_words.TryGetValue(beginning, out var known) ? known : -1, seen, words);
                }
            }

            if (previous >= 0)
            {
                var before = text.WordId(previous);
                Found(before >= 0 && id >= 0 && index.Pairs.TryGetValue(WordTable.PairKey(before, id), out var pair) ? pair : -1, seen, words);
            }

            previous = t;
        }
    }

    /// <summary>Adds a known term the first time it is found.</summary>
    private static void Found(int index, Span<ulong> seen, List<(int Index, float Value)> words)
    {
        if (index >= 0 && (seen[index >> 6] & (1UL << index)) == 0)
        {
            seen[index >> 6] |= 1UL << index;
            words.Add((index, 1f));
        }
    }

    /// <summary>The words this vocabulary's terms are made of, for a <see cref="WordTable"/>.</summary>
    public IEnumerable<string> TermWords() =>
        Words.Where(t => !ParagraphTerms.IsBeginning(t)).SelectMany(t => t.Split(ParagraphTerms.PairSeparator));

    /// <summary>This vocabulary by the ids of <paramref name="table"/>, which must hold every word of <see cref="TermWords"/>.</summary>
    public TermIndex IndexBy(WordTable table)
    {
        var words = new int[table.Count];
        var beginnings = new int[table.Count];
        Array.Fill(words, -1);
        Array.Fill(beginnings, -1);
        var pairs = new PairMap();
        for (var i = 0; i < Words.Count; i++)
        {
            var term = Words[i];
            if (ParagraphTerms.IsPair(term))
            {
                var parts = term.Split(ParagraphTerms.PairSeparator);
                pairs[WordTable.PairKey(table.IdOf(parts[0]), table.IdOf(parts[1]))] = i;
            }
            else if (!ParagraphTerms.IsBeginning(term))
            {
                words[table.IdOf(term)] = i;
            }
        }

        Span<char> beginning = stackalloc char[ParagraphTerms.BeginningLength + 1];
        beginning[ParagraphTerms.BeginningLength] = ParagraphTerms.BeginningMark;
        for (var id = 0; id < table.Count; id++)
        {
            var word = table.Words[id];
            if (word.Length > ParagraphTerms.BeginningLength + 1)
            {
                word.AsSpan(0, ParagraphTerms.BeginningLength).CopyTo(beginning);
                beginnings[id] = _words.TryGetValue(beginning, out var known) ? known : -1;
            }
        }

        return new TermIndex(table, words, beginnings, pairs);
    }

    /// <summary>A vocabulary by word id: each word's own term, its beginning's term, and the pairs (-1: none).</summary>
    internal sealed record TermIndex(WordTable Table, int[] Words, int[] Beginnings, PairMap Pairs);

    /// <summary>Every term of the text (<see cref="ParagraphTerms"/>): the candidates for a vocabulary.</summary>
    public static void CollectWords(Tokeniser tokeniser, ReadOnlySpan<char> text, ISet<string> words) =>
        ParagraphTerms.Read(tokeniser, text, term => words.Add(new string(term)));
}
