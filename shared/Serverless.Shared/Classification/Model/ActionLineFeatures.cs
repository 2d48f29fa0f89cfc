namespace Serverless.Shared.Classification.Model;

/// <summary>
/// How the trained action-line model sees a paragraph. For each action line: what the lexicon scored for it, whether
/// the heading named it, whether the lexicon's thresholds gave it (first or not), and how strong the best other line
/// is. For the paragraph: which known words, and pairs of neighbouring words, it uses. Training and classification both describe paragraphs through
/// this class, so the model reads in production exactly what it learnt from.
/// </summary>
internal sealed class ActionLineFeatures
{
    /// <summary>The per-line features, in order; their names in the model file.</summary>
    public static readonly IReadOnlyList<string> LineFeatureNames = ["lexicon", "heading", "lexiconFirst", "lexiconGiven", "otherLexicon"];

    public const string WordPrefix = "word:";

    /// <summary>Between the two words of a pair in the vocabulary ("renforcement capacite"): a space never occurs in a word.</summary>
    public const char PairSeparator = ' ';

    /// <summary>A lexicon score counts up to this much; beyond it, more terms say nothing new.</summary>
    private const double ScoreCap = 12;

    private readonly Dictionary<string, int> _lines;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly WordResolver _resolve;
    private readonly bool _hasPairs;

    public ActionLineFeatures(IReadOnlyList<string> lines, IReadOnlyList<string> words)
    {
        Lines = lines;
        Words = words;
        _lines = lines.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
        var vocabulary = words.Select((word, i) => (word, i)).ToDictionary(x => x.word, x => x.i, StringComparer.Ordinal);
        _words = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        _resolve = w => _words.TryGetValue(w, out var index) ? index : -1;
        _hasPairs = words.Any(w => w.Contains(PairSeparator, StringComparison.Ordinal));
    }

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<string> Words { get; }

    public static int LineFeatureCount => LineFeatureNames.Count;

    /// <summary>The index of a word named <c>word:…</c> in the model file, or -1.</summary>
    public int WordIndexOf(string name) =>
        name.StartsWith(WordPrefix, StringComparison.Ordinal) && _words.TryGetValue(name.AsSpan(WordPrefix.Length), out var w) ? w : -1;

    public string WordName(int index) => WordPrefix + Words[index];

    /// <summary>
    /// Describes a paragraph: <paramref name="lineFeatures"/> gets <see cref="LineFeatureCount"/> values per line, in
    /// the order of <see cref="Lines"/>; <paramref name="words"/> each known word once, weighted so that a long
    /// paragraph's words together weigh as much as a short one's.
    /// </summary>
    public void Describe(
        Tokeniser tokeniser,
        ReadOnlySpan<char> text,
        Dictionary<string, ActionLineTally>? tallies,
        IReadOnlyList<ActionLineLabel> lexiconLabels,
        Span<float> lineFeatures,
        List<TextToken> scratch,
        List<(int Index, float Value)> words)
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

        words.Clear();
        scratch.Clear();
        if (_hasPairs)
        {
            var pairs = new WordPairs(_words);
            tokeniser.Tokenise(text, pairs.Resolve, scratch);
            foreach (var pair in pairs.Found)
            {
                if (!Seen(words, pair))
                {
                    words.Add((pair, 1f));
                }
            }
        }
        else
        {
            tokeniser.Tokenise(text, _resolve, scratch);
        }

        foreach (var token in scratch)
        {
            if (token.Id >= 0 && !Seen(words, token.Id))
            {
                words.Add((token.Id, 1f));
            }
        }

        if (words.Count > 1)
        {
            var weight = (float)(1 / Math.Sqrt(words.Count));
            for (var i = 0; i < words.Count; i++)
            {
                words[i] = (words[i].Index, weight);
            }
        }
    }

    /// <summary>
    /// Every word of the text as the tokeniser normalises it, and every pair of neighbouring words
    /// (<see cref="PairSeparator"/> between them): the candidates for a vocabulary.
    /// </summary>
    public static void CollectWords(Tokeniser tokeniser, ReadOnlySpan<char> text, ISet<string> words)
    {
        var tokens = new List<TextToken>();
        string? previous = null;
        tokeniser.Tokenise(
            text,
            w =>
            {
                var word = new string(w);
                words.Add(word);
                if (previous is not null)
                {
                    words.Add(previous + PairSeparator + word);
                }

                previous = word;
                return -1;
            },
            tokens);
    }

    /// <summary>Finds the known pairs of neighbouring words while the tokeniser resolves each word.</summary>
    private sealed class WordPairs(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> vocabulary)
    {
        private readonly char[] _pair = new char[(2 * Tokeniser.MaxWordLength) + 1];
        private int _previousLength = -1;

        public List<int> Found { get; } = [];

        public int Resolve(ReadOnlySpan<char> word)
        {
            if (_previousLength >= 0)
            {
                _pair[_previousLength] = PairSeparator;
                word.CopyTo(_pair.AsSpan(_previousLength + 1));
                if (vocabulary.TryGetValue(_pair.AsSpan(0, _previousLength + 1 + word.Length), out var pair))
                {
                    Found.Add(pair);
                }
            }

            word.CopyTo(_pair);
            _previousLength = word.Length;
            return vocabulary.TryGetValue(word, out var index) ? index : -1;
        }
    }

    /// <remarks>A paragraph has a few dozen distinct words: a linear look-back beats a set allocated per paragraph.</remarks>
    private static bool Seen(List<(int Index, float Value)> words, int index)
    {
        foreach (var (seen, _) in words)
        {
            if (seen == index)
            {
                return true;
            }
        }

        return false;
    }
}
