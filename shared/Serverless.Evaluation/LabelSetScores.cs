namespace Serverless.Evaluation;

/// <summary>
/// Per-label figures for one kind of label (action lines or bodies) with micro averages (pooled counts) and
/// macro averages (mean over the labels that occur in the labels or the predictions).
/// </summary>
public sealed record LabelSetScores(IReadOnlyList<LabelScore> Labels)
{
    public int Items { get; init; }

    public double MicroPrecision => LabelScore.Ratio(Labels.Sum(l => l.TruePositives), Labels.Sum(l => l.TruePositives + l.FalsePositives));

    public double MicroRecall => LabelScore.Ratio(Labels.Sum(l => l.TruePositives), Labels.Sum(l => l.TruePositives + l.FalseNegatives));

    public double MicroF1 => MicroPrecision + MicroRecall == 0 ? 0 : 2 * MicroPrecision * MicroRecall / (MicroPrecision + MicroRecall);

    public double MacroPrecision => Labels.Count == 0 ? 0 : Labels.Average(l => l.Precision);

    public double MacroRecall => Labels.Count == 0 ? 0 : Labels.Average(l => l.Recall);

    public double MacroF1 => Labels.Count == 0 ? 0 : Labels.Average(l => l.F1);

    /// <summary>Scores multi-label predictions against gold label sets.</summary>
    public static LabelSetScores From(IEnumerable<(IReadOnlyCollection<string> Gold, IReadOnlyCollection<string> Predicted)> pairs)
    {
        var counts = new SortedDictionary<string, int[]>(Comparer<string>.Create(LabelOrder.Compare));
        var items = 0;
        foreach (var (gold, predicted) in pairs)
        {
            items++;
            foreach (var label in gold.Union(predicted))
            {
                if (!counts.TryGetValue(label, out var c))
                {
                    c = counts[label] = new int[3];
                }

                var inGold = gold.Contains(label);
                var inPredicted = predicted.Contains(label);
                c[inGold && inPredicted ? 0 : inPredicted ? 1 : 2]++;
            }
        }

        return new LabelSetScores(counts.Select(kv => new LabelScore(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2])).ToArray())
        {
            Items = items,
        };
    }
}
