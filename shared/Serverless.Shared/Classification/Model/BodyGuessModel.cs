using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Classification.Model;

/// <summary>
/// The trained body guess, ready to score (see <see cref="BodyGuessModelFile"/> for the formula). Guesses the most
/// probable body when it is not <see cref="BodyGuessModelFile.NoGuess"/>, reaches the threshold and is not found
/// already. Immutable and thread-safe.
/// </summary>
internal sealed class BodyGuessModel
{
    /// <summary>The features named in a guess's evidence, the strongest first.</summary>
    private const int EvidenceCount = 3;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _features;
    private readonly string[] _featureNames;
    private readonly bool[] _isWord;
    private readonly string[] _outcomes;
    private readonly float[] _bias;

    /// <summary>Feature-major: the weight of feature f for outcome o is at f × outcomes + o.</summary>
    private readonly float[] _weights;
    private readonly int _none;

    /// <summary>Each thread's features found and words read, reused paragraph after paragraph (see <see cref="Scratch"/>).</summary>
    private readonly ThreadLocal<Scratch> _scratch;

    public BodyGuessModel(BodyGuessModelFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        _outcomes = file.Outcomes.Select(o => o.Body).ToArray();
        _none = Array.IndexOf(_outcomes, BodyGuessModelFile.NoGuess);
        if (_none < 0)
        {
            throw new InvalidDataException($"The body-guess model has no '{BodyGuessModelFile.NoGuess}' outcome.");
        }

        _featureNames = file.Outcomes.SelectMany(o => o.Weights.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = _featureNames.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        _features = index.GetAlternateLookup<ReadOnlySpan<char>>();
        _isWord = _featureNames.Select(BodyGuessFeatures.IsWord).ToArray();
        _bias = file.Outcomes.Select(o => (float)o.Bias).ToArray();
        _weights = new float[_featureNames.Length * _outcomes.Length];
        for (var o = 0; o < _outcomes.Length; o++)
        {
            foreach (var (name, weight) in file.Outcomes[o].Weights)
            {
                _weights[(index[name] * _outcomes.Length) + o] = (float)weight;
            }
        }

        Threshold = file.Threshold;
        OnlyWhereNoneFound = file.OnlyWhereNoneFound;
        _scratch = new ThreadLocal<Scratch>(() => new Scratch(this));
    }

    public double Threshold { get; }

    public bool OnlyWhereNoneFound { get; }

    /// <summary>The body to add to <paramref name="found"/>, or null when the model has none to add.</summary>
    /// <param name="words">The paragraph's words, as its language's tokeniser reads them.</param>
    /// <param name="index">The model's features by the ids of <paramref name="words"/>'s table (<see cref="IndexBy"/>), or null to look them up as text.</param>
    public BodyGuess? Guess(TokenisedWords words, string text, ParagraphKind kind, string language, IReadOnlyList<string> found, FeatureIndex? index = null)
    {
        if (OnlyWhereNoneFound && found.Count > 0)
        {
            return null;
        }

        var scratch = _scratch.Value!;
        var present = scratch.Clear();
        var tokens = scratch.Tokens;
        if (index is not null && ReferenceEquals(index.Table, words.Table))
        {
            ReadIndexed(words, index, scratch, tokens);
            BodyGuessFeatures.ReadContext(BodyGuessFeatures.OpensInLowerCase(text), kind, language, found, scratch.Sink);
        }
        else
        {
            BodyGuessFeatures.Read(words, BodyGuessFeatures.OpensInLowerCase(text), kind, language, found, tokens, scratch.Sink);
        }

        var wordValue = BodyGuessFeatures.WordValue(tokens.Count);
        Span<double> scores = stackalloc double[_outcomes.Length];
        for (var o = 0; o < scores.Length; o++)
        {
            scores[o] = _bias[o];
        }

        AddFeatures(present, wordValue, scores);

        var best = 0;
        for (var o = 1; o < scores.Length; o++)
        {
            if (scores[o] > scores[best])
            {
                best = o;
            }
        }

        var sum = 0.0;
        foreach (var score in scores)
        {
            sum += Math.Exp(score - scores[best]);
        }

        var probability = 1 / sum;
        if (best == _none || probability < Threshold || found.Contains(_outcomes[best]))
        {
            return null;
        }

        return new BodyGuess(_outcomes[best], Math.Round(probability, 3), Evidence(best, present, wordValue, tokens, text, probability));
    }

    /// <summary>Adds each feature's weight for each outcome, times its value, to <paramref name="scores"/> (<see cref="WeightRows"/>).</summary>
    private void AddFeatures(List<int> present, float wordValue, Span<double> scores)
    {
        var outcomes = _outcomes.Length;
        foreach (var f in CollectionsMarshal.AsSpan(present))
        {
            WeightRows.AddScaled(_weights, f * outcomes, IsWord(f) ? wordValue : 1f, scores, outcomes / 4 * 4, outcomes);
        }
    }

    /// <summary>The words the features name (a word, a pair, an opening), for a <see cref="WordTable"/>.</summary>
    public IEnumerable<string> FeatureWords() =>
        _featureNames.SelectMany(name =>
            name.StartsWith(BodyGuessFeatures.WordPrefix, StringComparison.Ordinal) ? [name[BodyGuessFeatures.WordPrefix.Length..]]
            : name.StartsWith(BodyGuessFeatures.PairPrefix, StringComparison.Ordinal) ? name[BodyGuessFeatures.PairPrefix.Length..].Split(' ')
            : name.StartsWith(BodyGuessFeatures.OpeningPrefix, StringComparison.Ordinal) ? name[BodyGuessFeatures.OpeningPrefix.Length..].Split(' ')
            : []);

    /// <summary>The word, pair and opening features by the ids of <paramref name="table"/>, which must hold every word of <see cref="FeatureWords"/>.</summary>
    public FeatureIndex IndexBy(WordTable table)
    {
        var words = new int[table.Count];
        var openings = new int[table.Count];
        Array.Fill(words, -1);
        Array.Fill(openings, -1);
        var pairs = new PairMap();
        var twoWordOpenings = new PairMap();
        for (var f = 0; f < _featureNames.Length; f++)
        {
            var name = _featureNames[f];
            if (name.StartsWith(BodyGuessFeatures.WordPrefix, StringComparison.Ordinal))
            {
                words[table.IdOf(name.AsSpan(BodyGuessFeatures.WordPrefix.Length))] = f;
            }
            else if (name.StartsWith(BodyGuessFeatures.PairPrefix, StringComparison.Ordinal))
            {
                pairs[Key(table, name[BodyGuessFeatures.PairPrefix.Length..])] = f;
            }
            else if (name.StartsWith(BodyGuessFeatures.OpeningPrefix, StringComparison.Ordinal))
            {
                var opening = name[BodyGuessFeatures.OpeningPrefix.Length..];
                if (opening.Contains(' ', StringComparison.Ordinal))
                {
                    twoWordOpenings[Key(table, opening)] = f;
                }
                else
                {
                    openings[table.IdOf(opening)] = f;
                }
            }
        }

        return new FeatureIndex(table, words, openings, pairs, twoWordOpenings);

        static long Key(WordTable table, string pair)
        {
            var parts = pair.Split(' ');
            return WordTable.PairKey(table.IdOf(parts[0]), table.IdOf(parts[1]));
        }
    }

    /// <summary>The word, pair and opening features by word id (-1: none).</summary>
    internal sealed record FeatureIndex(WordTable Table, int[] Words, int[] Openings, PairMap Pairs, PairMap TwoWordOpenings);

    /// <summary>
    /// The word features of <see cref="BodyGuessFeatures.Read(TokenisedWords, bool, ParagraphKind, string, IReadOnlyList{string}, List{TextToken}, BodyFeatureSink)"/>,
    /// in the same order (for each word: the opening it completes, the pair it ends, the word), found by word id: a word
    /// the table lacks is in no feature.
    /// </summary>
    private static void ReadIndexed(TokenisedWords words, FeatureIndex index, Scratch present, List<TextToken> tokens)
    {
        var first = -1;
        var openingWords = 0;
        var previous = -2;
        tokens.Clear();
        for (var t = 0; t < words.Count; t++)
        {
            var token = words.Tokens[t];
            if (!words.HasWord(t))
            {
                tokens.Add(token with { Id = -1 });
                continue;
            }

            var id = words.WordId(t);
            if (openingWords < 2)
            {
                present.Note(
                    openingWords == 0 ? (id >= 0 ? index.Openings[id] : -1)
                    : first >= 0 && id >= 0 && index.TwoWordOpenings.TryGetValue(WordTable.PairKey(first, id), out var opening) ? opening : -1);
                first = openingWords == 0 ? id : first;
                openingWords++;
            }

            if (previous != -2)
            {
                present.Note(previous >= 0 && id >= 0 && index.Pairs.TryGetValue(WordTable.PairKey(previous, id), out var pair) ? pair : -1);
            }

            previous = id;
            tokens.Add(token with { Id = present.Note(id >= 0 ? index.Words[id] : -1) });
        }
    }

    /// <summary>
    /// One thread's features found in the paragraph (each once, in the order found) and its words, kept between
    /// paragraphs so that reading one allocates nothing: a set of bits says which features are in the list already.
    /// </summary>
    private sealed class Scratch
    {
        private readonly ulong[] _seen;

        public Scratch(BodyGuessModel model)
        {
            _seen = new ulong[(model._featureNames.Length + 63) / 64];
            Sink = feature => Note(model._features.TryGetValue(feature, out var known) ? known : -1);
        }

        public List<int> Present { get; } = new(64);

        public List<TextToken> Tokens { get; } = new(128);

        /// <summary>Notes a feature named as text (the model's own features only).</summary>
        public BodyFeatureSink Sink { get; }

        /// <summary>Empties the features found (the words are cleared as they are read) and answers them.</summary>
        public List<int> Clear()
        {
            foreach (var feature in Present)
            {
                _seen[feature >> 6] = 0;
            }

            Present.Clear();
            return Present;
        }

        /// <summary>Notes a feature found (once); answers it, or -1 for none.</summary>
        public int Note(int feature)
        {
            if (feature >= 0 && (_seen[feature >> 6] & (1UL << feature)) == 0)
            {
                _seen[feature >> 6] |= 1UL << feature;
                Present.Add(feature);
            }

            return feature;
        }
    }

    private bool IsWord(int feature) => _isWord[feature];

    /// <summary>
    /// The features that spoke most for the body against no guess, as a reviewer reads them: a word as the paragraph
    /// writes it, how it opens, its kind.
    /// </summary>
    private string Evidence(int outcome, List<int> present, float wordValue, List<TextToken> tokens, string text, double probability)
    {
        var strongest = new HeaviestFirst(stackalloc int[EvidenceCount], stackalloc float[EvidenceCount]);
        foreach (var f in CollectionsMarshal.AsSpan(present))
        {
            var weight = (_weights[(f * _outcomes.Length) + outcome] - _weights[(f * _outcomes.Length) + _none]) * (IsWord(f) ? wordValue : 1f);
            if (weight > 0)
            {
                strongest.Offer(f, weight);
            }
        }

        var evidence = new StringBuilder(96);
        evidence.Append(CultureInfo.InvariantCulture, $"guess: adopting organ {_outcomes[outcome]} ({probability:0.00}) from ");
        var first = true;
        foreach (var feature in strongest.Items)
        {
            evidence.Append(first ? string.Empty : ", ").Append(Readable(feature, tokens, text));
            first = false;
        }

        return evidence.ToString();
    }

    private string Readable(int feature, List<TextToken> tokens, string text)
    {
        var name = _featureNames[feature];
        if (name.StartsWith(BodyGuessFeatures.WordPrefix, StringComparison.Ordinal))
        {
            foreach (var token in tokens)
            {
                if (token.Id == feature)
                {
                    return $"\"{text[token.Start..token.End]}\"";
                }
            }
        }

        if (name.StartsWith(BodyGuessFeatures.OpeningPrefix, StringComparison.Ordinal) && tokens.Count > 0)
        {
            var words = name.Contains(' ', StringComparison.Ordinal) && tokens.Count > 1 ? 2 : 1;
            return $"opens \"{text[tokens[0].Start..tokens[words - 1].End]}\"";
        }

        if (name == BodyGuessFeatures.NoneFound)
        {
            return "no body named";
        }

        if (name.StartsWith(BodyGuessFeatures.FoundPrefix, StringComparison.Ordinal))
        {
            return $"{name[BodyGuessFeatures.FoundPrefix.Length..]} named";
        }

        // A pair, a kind, a lower-case opening or a language: its normalised name says it well enough.
        return name.Replace(":", " ", StringComparison.Ordinal);
    }
}
