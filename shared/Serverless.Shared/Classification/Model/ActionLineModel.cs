using System.Runtime.InteropServices;

namespace Serverless.Shared.Classification.Model;

/// <summary>
/// The trained action-line model, ready to score (see <see cref="ActionLineModelFile"/> for the formula). The most
/// probable line is given when its probability reaches the model's threshold, others when theirs reach the secondary
/// threshold, best first; a paragraph where no line does gets none.
/// Each label's evidence is the lexicon's terms for it, then the words that weighed most for it. Immutable and
/// thread-safe.
/// </summary>
internal sealed class ActionLineModel
{
    private readonly float[] _lineFeatureWeights;
    private readonly float[] _bias;

    /// <summary>
    /// Word-major: word w's weight for line l is at w × <see cref="_stride"/> + l, and its shared weight at
    /// w × <see cref="_stride"/> + lines. A paragraph's few hundred words then read one short contiguous row each,
    /// instead of one scattered read per word in each line's own vocabulary-long array.
    /// </summary>
    private readonly float[] _wordWeights;
    private readonly int _stride;
    private readonly IReadOnlyDictionary<string, string> _parents;

    /// <param name="parents">Sub-line → its line (<c>C7.4</c> → <c>C7</c>): a line is not given beside one of its sub-lines.</param>
    public ActionLineModel(ActionLineModelFile file, IReadOnlyDictionary<string, string> parents)
    {
        ArgumentNullException.ThrowIfNull(file);
        _parents = parents;
        Features = new ActionLineFeatures(file.Lines.Select(l => l.Code).ToArray(), file.Words);
        Threshold = file.Threshold;
        LexiconFirst = file.LexiconFirst;
        OverrideThreshold = file.OverrideThreshold;
        SilentLexiconThreshold = file.SilentLexiconThreshold ?? file.Threshold;
        SilentNarrativeThreshold = file.SilentNarrativeThreshold ?? SilentLexiconThreshold;
        SilentHeadingThreshold = file.SilentHeadingThreshold ?? SilentLexiconThreshold;
        SecondaryThreshold = Math.Max(file.Threshold, file.SecondaryThreshold ?? file.Threshold);
        _lineFeatureWeights = ActionLineFeatures.LineFeatureNames.Select(n => (float)file.LineFeatureWeights.GetValueOrDefault(n)).ToArray();
        _bias = file.Lines.Select(l => (float)l.Bias).ToArray();
        _stride = _bias.Length + 1;
        _wordWeights = new float[Features.Words.Count * _stride];
        for (var line = 0; line < file.Lines.Count; line++)
        {
            SetWordWeights(file.Lines[line].WordWeights, file.Lines[line].Code, line);
        }

        SetWordWeights(file.SharedWordWeights, "shared", _bias.Length);
    }

    public ActionLineFeatures Features { get; }

    public double Threshold { get; }

    public double SecondaryThreshold { get; }

    /// <summary>Whether the model labels only the paragraphs the lexicon gives no line (<see cref="ActionLineModelFile.LexiconFirst"/>).</summary>
    public bool LexiconFirst { get; }

    /// <summary>See <see cref="ActionLineModelFile.OverrideThreshold"/>.</summary>
    public double? OverrideThreshold { get; }

    /// <summary>The most probable line's threshold where the lexicon finds no line (<see cref="ActionLineModelFile.SilentLexiconThreshold"/>).</summary>
    public double SilentLexiconThreshold { get; }

    /// <summary>The same, for narrative text (<see cref="ActionLineModelFile.SilentNarrativeThreshold"/>).</summary>
    public double SilentNarrativeThreshold { get; }

    /// <summary>The same, for a heading (<see cref="ActionLineModelFile.SilentHeadingThreshold"/>).</summary>
    public double SilentHeadingThreshold { get; }

    /// <summary>The probability of each line, in the order of <see cref="ActionLineFeatures.Lines"/>.</summary>
    /// <remarks>
    /// Each line's sum is taken in the same order as a line-by-line loop would (bias and shared words, its own features,
    /// then its words in the paragraph's order), in double precision, so the probabilities are the same to the last bit.
    /// </remarks>
    public void Probabilities(ReadOnlySpan<float> lineFeatures, List<(int Index, float Value)> words, Span<double> probabilities)
    {
        var lines = _bias.Length;
        var weights = _wordWeights.AsSpan();
        var shared = 0.0;
        // Read as spans: a list's enumerator is a call per word where the precompiled code cannot inline it.
        foreach (var (index, value) in CollectionsMarshal.AsSpan(words))
        {
            shared += weights[(index * _stride) + lines] * value;
        }

        var width = ActionLineFeatures.LineFeatureCount;
        Span<double> z = probabilities[..lines];
        for (var line = 0; line < lines; line++)
        {
            var sum = _bias[line] + shared;
            var own = lineFeatures.Slice(line * width, width);
            for (var f = 0; f < width; f++)
            {
                sum += _lineFeatureWeights[f] * own[f];
            }

            z[line] = sum;
        }

        AddWords(words, z);
        for (var line = 0; line < lines; line++)
        {
            z[line] = 1 / (1 + Math.Exp(-z[line]));
        }
    }

    /// <summary>
    /// Adds each word's weight for each line, times its value, to <paramref name="z"/> (<see cref="WeightRows"/>): four
    /// lines at a time where the row holds four more columns (its own lines, or the shared column after the last), so
    /// the lane that reads the shared column adds to a scratch slot past the lines, which is dropped.
    /// </summary>
    private void AddWords(List<(int Index, float Value)> words, Span<double> z)
    {
        var lines = _bias.Length;
        var vectorLines = _stride / 4 * 4;
        Span<double> sums = stackalloc double[vectorLines + lines];
        z.CopyTo(sums);
        foreach (var (index, value) in CollectionsMarshal.AsSpan(words))
        {
            WeightRows.AddScaled(_wordWeights, index * _stride, value, sums, vectorLines, lines);
        }

        sums[..lines].CopyTo(z);
    }

    /// <summary>The lines given to a paragraph, best first, at most <paramref name="maxLabels"/>.</summary>
    /// <param name="lexiconSilent">Whether the lexicon found no line: <see cref="SilentLexiconThreshold"/> then applies to the first.</param>
    /// <param name="narrative">Whether the paragraph is narrative text rather than a resolution's paragraph or a heading: <see cref="SilentNarrativeThreshold"/> then applies instead.</param>
    /// <param name="heading">Whether the paragraph is a heading: <see cref="SilentHeadingThreshold"/> then applies instead.</param>
    public IReadOnlyList<ActionLineLabel> Label(
        ReadOnlySpan<float> lineFeatures, List<(int Index, float Value)> words, Dictionary<string, ActionLineTally>? tallies, int maxLabels, int maxEvidence, bool lexiconSilent = false, bool narrative = false, bool heading = false)
    {
        Span<double> probabilities = stackalloc double[_bias.Length];
        Probabilities(lineFeatures, words, probabilities);
        var best = 0.0;
        foreach (var probability in probabilities)
        {
            best = Math.Max(best, probability);
        }

        var first = !lexiconSilent ? Threshold : narrative ? SilentNarrativeThreshold : heading ? SilentHeadingThreshold : SilentLexiconThreshold;

        List<ActionLineLabel>? labels = null;
        for (var line = 0; line < probabilities.Length; line++)
        {
            if (probabilities[line] >= (probabilities[line] == best ? first : Math.Max(first, SecondaryThreshold)))
            {
                var code = Features.Lines[line];
                (labels ??= []).Add(new ActionLineLabel(code, Math.Round(probabilities[line], 3), Evidence(line, words, tallies?.GetValueOrDefault(code), maxEvidence)));
            }
        }

        if (labels is null)
        {
            return [];
        }

        labels.RemoveAll(parent => labels.Exists(l => _parents.TryGetValue(l.Code, out var p) && p == parent.Code));
        labels.Sort((a, b) => b.Score.CompareTo(a.Score));
        return labels.Count > maxLabels ? labels.GetRange(0, maxLabels) : labels;
    }

    private IReadOnlyList<string> Evidence(int line, List<(int Index, float Value)> words, ActionLineTally? tally, int maxEvidence)
    {
        var evidence = new List<string>(Math.Max(0, maxEvidence));
        if (tally is not null)
        {
            for (var i = 0; i < tally.Evidence.Count && evidence.Count < maxEvidence; i++)
            {
                evidence.Add(tally.Evidence[i]);
            }
        }

        // The words that weigh for the line, heaviest first (in the paragraph's order among equals), after the terms.
        var room = Math.Max(0, maxEvidence - evidence.Count);
        var heaviest = new HeaviestFirst(stackalloc int[room], stackalloc float[room]);
        foreach (var (index, _) in CollectionsMarshal.AsSpan(words))
        {
            var weight = _wordWeights[(index * _stride) + line];
            if (weight > 0)
            {
                heaviest.Offer(index, weight);
            }
        }

        foreach (var index in heaviest.Items)
        {
            evidence.Add(Features.WordName(index));
        }

        return evidence;
    }

    private void SetWordWeights(IReadOnlyDictionary<string, double> named, string owner, int column)
    {
        foreach (var (name, weight) in named)
        {
            var index = Features.WordIndexOf(name);
            if (index < 0)
            {
                throw new InvalidDataException($"The action-line model weighs '{name}' for {owner}, which is not in its vocabulary.");
            }

            _wordWeights[(index * _stride) + column] = (float)weight;
        }
    }
}
