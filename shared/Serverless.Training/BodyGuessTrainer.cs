using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Serverless.Shared.Classification;
using Serverless.Shared.Classification.Model;

namespace Serverless.Training;

/// <summary>
/// Trains the guess of the adopting organ (<see cref="BodyGuessModelFile"/>) with ML.NET's L-BFGS softmax regression.
/// Each labelled paragraph is read from its text alone, as a bare <c>./wsis classify</c> call reads it; what it must
/// learn is the body its labels give that the detector does not find there (rule 8's adopting organ, mostly), or
/// <see cref="BodyGuessModelFile.NoGuess"/>. Only non-zero weights are kept.
/// </summary>
internal sealed class BodyGuessTrainer(Taxonomy taxonomy, ClassifierOptions options)
{
    /// <summary>Weights closer to zero than this are dropped from the file: they change no decision.</summary>
    private const double SmallestWeight = 1e-3;

    private readonly TaxonomyClassifier _detector = new(taxonomy, options);

    /// <summary>The items labelled for bodies, read once: their features and the body the model should add.</summary>
    public IReadOnlyList<BodyGuessExample> Describe(IEnumerable<TrainingItem> items)
    {
        var examples = new List<BodyGuessExample>();
        var tokens = new List<TextToken>();
        foreach (var item in items.Where(i => i.Paragraph.RequestingBodies is not null))
        {
            var features = new List<string>();
            var found = _detector.ReadBodyGuessFeatures(new ClassificationRequest(item.Paragraph.Text), tokens, feature =>
            {
                features.Add(new string(feature));
                return -1;
            }).RequestingBodies;
            var missing = item.Paragraph.RequestingBodies!.Where(b => !found.Contains(b)).ToArray();

            // One guess per paragraph: the adopting organ when it is among the missing bodies, else the first missing.
            var target = missing.Contains(item.Paragraph.DocumentBody) ? item.Paragraph.DocumentBody! : missing.FirstOrDefault() ?? BodyGuessModelFile.NoGuess;
            examples.Add(new BodyGuessExample(item, features.Distinct(StringComparer.Ordinal).ToArray(), target, tokens.Count));
        }

        return examples;
    }

    public BodyGuessModelFile Train(IReadOnlyList<BodyGuessExample> examples, BodyGuessSettings settings, string description)
    {
        var outcomes = examples.Select(e => e.Target).Append(BodyGuessModelFile.NoGuess).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var features = Vocabulary(examples, settings.MinFeatureCount, settings.WordPairs);
        var index = features.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        var rows = examples.Select(e => new Row
        {
            Label = (uint)Array.IndexOf(outcomes, e.Target) + 1,
            Features = Vector(e.Features, e.Words, index),
            Weight = e.Item.Written ? 1f : (float)settings.EvaluationSetWeight,
        }).ToArray();

        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));

        // The trainer reads a key's raw value as its class: 0 (a missing key) is never used, so class k + 1 is outcomes[k].
        schema[nameof(Row.Label)].ColumnType = new KeyDataViewType(typeof(uint), outcomes.Length + 1);
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Count);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L1Regularization = (float)settings.L1,
            L2Regularization = (float)settings.L2,
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),

            // One thread: the same labelled files always give the same weights, byte for byte.
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(ml.Data.LoadFromEnumerable(rows, schema)).Model;
        VBuffer<float>[] weights = [];
        model.GetWeights(ref weights, out var classes);

        if (classes != outcomes.Length + 1)
        {
            throw new InvalidOperationException($"The trainer found {classes} classes for {outcomes.Length} outcomes and the missing key.");
        }

        var biases = model.GetBiases().ToArray();
        return new BodyGuessModelFile
        {
            TaxonomyVersion = taxonomy.Version,
            TrainedOn = description,
            Threshold = settings.Threshold,
            OnlyWhereNoneFound = settings.OnlyWhereNoneFound,
            Outcomes = outcomes.Select((body, o) => new BodyGuessModelFile.Outcome(body, Math.Round(biases[o + 1], 4), NonZero(features, weights[o + 1]))).ToArray(),
        };
    }

    private static Dictionary<string, double> NonZero(IReadOnlyList<string> features, VBuffer<float> weights)
    {
        var named = new Dictionary<string, double>(StringComparer.Ordinal);
        var dense = weights.DenseValues().ToArray();
        for (var f = 0; f < features.Count; f++)
        {
            if (Math.Abs(dense[f]) >= SmallestWeight)
            {
                named[features[f]] = Math.Round(dense[f], 4);
            }
        }

        return named;
    }

    /// <summary>Features of at least <paramref name="minCount"/> paragraphs; rarer ones would only memorise items; no numbers.</summary>
    private static IReadOnlyList<string> Vocabulary(IReadOnlyList<BodyGuessExample> examples, int minCount, bool pairs) =>
        examples.SelectMany(e => e.Features)
            .Where(f => !(BodyGuessFeatures.IsWord(f) && f.Any(char.IsDigit)) && (pairs || !BodyGuessFeatures.IsPair(f)))
            .CountBy(f => f, StringComparer.Ordinal)
            .Where(c => c.Value >= minCount)
            .Select(c => c.Key).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The paragraph's known features, valued as <see cref="BodyGuessModel"/> values them.</summary>
    private static VBuffer<float> Vector(IReadOnlyList<string> names, int words, Dictionary<string, int> index)
    {
        var known = names.Where(index.ContainsKey).ToArray();
        var wordValue = BodyGuessFeatures.WordValue(words);
        var entries = new SortedDictionary<int, float>();
        foreach (var name in known)
        {
            entries[index[name]] = BodyGuessFeatures.IsWord(name) ? wordValue : 1f;
        }

        return new VBuffer<float>(index.Count, entries.Count, entries.Values.ToArray(), entries.Keys.ToArray());
    }

    private sealed class Row
    {
        public uint Label { get; set; }

        public VBuffer<float> Features { get; set; }

        public float Weight { get; set; }
    }
}

/// <summary>A labelled paragraph as the body-guess model reads it, and the body it should add (or none).</summary>
/// <param name="Words">How many words the paragraph has (<see cref="BodyGuessFeatures.WordValue"/>).</param>
internal sealed record BodyGuessExample(TrainingItem Item, IReadOnlyList<string> Features, string Target, int Words);
