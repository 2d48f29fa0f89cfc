using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Serverless.Shared.Classification;
using Serverless.Shared.Classification.Model;

namespace Serverless.Training;

/// <summary>
/// Trains the action-line model with ML.NET's L-BFGS logistic regression over (paragraph, line) pairs: each pair is
/// one example, positive when the paragraph carries the line. The lexicon features and the shared word weights are
/// learnt from all lines at once, so a line with few examples still inherits how far the lexicon can be trusted;
/// each line's bias and own word weights are learnt from its pairs. Only non-zero weights are kept.
/// </summary>
internal sealed class ActionLineModelTrainer(Taxonomy taxonomy, ClassifierOptions options)
{
    private readonly TaxonomyClassifier _lexiconOnly = new(taxonomy, options);

    public ActionLineModelFile Train(IReadOnlyList<TrainingItem> items, TrainingSettings settings, string description)
    {
        var features = new ActionLineFeatures(taxonomy.ActionLines.Select(a => a.Code).ToArray(), Vocabulary(items, settings.MinWordCount, settings.WordPairs ? settings.MinPairCount ?? settings.MinWordCount : null, settings.WordBeginnings));
        var layout = new PairLayout(features.Lines.Count, features.Words.Count);
        var described = items.Select(i => _lexiconOnly.DescribeActionLines(i.Paragraph.ToRequest(), features)).ToArray();
        var rows = new List<Row>(items.Count * features.Lines.Count);
        for (var i = 0; i < items.Count; i++)
        {
            for (var line = 0; line < features.Lines.Count; line++)
            {
                // A paragraph carries one or two of nineteen lines: its own (positive) pairs may weigh more than the rest,
                // and its further lines less than its primary, so that the line that leads comes out most probable.
                var lines = items[i].Paragraph.ActionLines;
                var label = lines.Contains(features.Lines[line]);
                var positive = !label ? 1f : (float)settings.PositiveWeight * (lines[0] == features.Lines[line] ? 1f : (float)settings.SecondaryWeight);
                rows.Add(new Row
                {
                    Label = label,
                    Features = layout.Pair(line, described[i].LineFeatures, described[i].Words),
                    Weight = (items[i].Written ? 1f : (float)settings.EvaluationSetWeight) * positive,
                });
            }
        }

        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, layout.Count);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L1Regularization = (float)settings.L1,
            L2Regularization = (float)settings.L2,
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),

            // One thread: the same labelled files always give the same weights, byte for byte.
            NumberOfThreads = 1,
        });
        var linear = trainer.Fit(ml.Data.LoadFromEnumerable(rows, schema)).Model.SubModel;
        var w = linear.Weights.ToArray();
        return new ActionLineModelFile
        {
            TaxonomyVersion = taxonomy.Version,
            TrainedOn = description,
            Threshold = settings.Threshold,
            SecondaryThreshold = settings.SecondaryThreshold,
            LexiconFirst = settings.LexiconFirst,
            SilentLexiconThreshold = settings.SilentLexiconThreshold,
            SilentNarrativeThreshold = settings.SilentNarrativeThreshold,
            SilentHeadingThreshold = settings.SilentHeadingThreshold,
            OverrideThreshold = settings.OverrideThreshold,
            Words = features.Words,
            LineFeatureWeights = ActionLineFeatures.LineFeatureNames.Select((name, f) => (name, f)).ToDictionary(x => x.name, x => Math.Round(w[x.f], 4)),
            SharedWordWeights = NonZero(features, w, layout.SharedWord(0), settings.SmallestWeight),
            Lines = features.Lines.Select((code, line) =>
                new ActionLineModelFile.LineWeights(code, Math.Round(linear.Bias + w[layout.LineBias(line)], 4), NonZero(features, w, layout.LineWord(line, 0), settings.SmallestWeight))).ToArray(),
        };
    }

    /// <summary>The word weights at least <paramref name="smallest"/> from zero: the others are dropped from the file.</summary>
    private static Dictionary<string, double> NonZero(ActionLineFeatures features, float[] weights, int offset, double smallest)
    {
        var named = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var word = 0; word < features.Words.Count; word++)
        {
            if (Math.Abs(weights[offset + word]) >= smallest)
            {
                named[features.WordName(word)] = Math.Round(weights[offset + word], 4);
            }
        }

        return named;
    }

    /// <summary>
    /// Words used by at least <paramref name="minCount"/> training paragraphs, pairs of neighbouring words by at least
    /// <paramref name="minPairCount"/> (none when null): rarer ones would only memorise items.
    /// </summary>
    private IReadOnlyList<string> Vocabulary(IReadOnlyList<TrainingItem> items, int minCount, int? minPairCount, bool beginnings)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            words.Clear();
            _lexiconOnly.CollectWords(item.Paragraph.ToRequest(), words);
            foreach (var word in words)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        // Numbers (resolution symbols, years, paragraph numbers) name documents, not topics.
        return counts
            .Where(c => !c.Key.Any(char.IsDigit))
            .Where(c => ParagraphTerms.IsPair(c.Key) ? c.Value >= minPairCount : c.Value >= minCount)
            .Where(c => beginnings || !ParagraphTerms.IsBeginning(c.Key))
            .Select(c => c.Key).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Where each feature of a (paragraph, line) pair sits in the training vector: the line's lexicon features, the
    /// line's indicator (its bias), the shared words, then every line's own words.
    /// </summary>
    private sealed class PairLayout(int lines, int words)
    {
        public int Count => SharedWord(0) + words + (lines * words);

        public int LineBias(int line) => ActionLineFeatures.LineFeatureCount + line;

        public int SharedWord(int word) => ActionLineFeatures.LineFeatureCount + lines + word;

        public int LineWord(int line, int word) => SharedWord(0) + words + (line * words) + word;

        public VBuffer<float> Pair(int line, float[] lineFeatures, List<(int Index, float Value)> paragraphWords)
        {
            var width = ActionLineFeatures.LineFeatureCount;
            var entries = new SortedDictionary<int, float>();
            for (var f = 0; f < width; f++)
            {
                if (lineFeatures[(line * width) + f] != 0)
                {
                    entries[f] = lineFeatures[(line * width) + f];
                }
            }

            entries[LineBias(line)] = 1;
            foreach (var (word, value) in paragraphWords)
            {
                entries[SharedWord(word)] = value;
                entries[LineWord(line, word)] = value;
            }

            return new VBuffer<float>(Count, entries.Count, entries.Values.ToArray(), entries.Keys.ToArray());
        }
    }

    private sealed class Row
    {
        public bool Label { get; set; }

        public VBuffer<float> Features { get; set; }

        public float Weight { get; set; }
    }
}
