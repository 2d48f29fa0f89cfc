using System.Security.Cryptography;
using System.Text;
using Serverless.Shared.Classification;
using Serverless.Evaluation;
using Serverless.Shared.Classification.Model;

namespace Serverless.Training;

/// <summary>
/// Estimates what a model trained on the tuning part does on text it did not learn from: each fold is classified
/// by a model trained on the other folds, with the production classifier, and the pooled predictions are scored
/// like <c>./wsis eval</c>. Folds are whole documents (the harder test: a new contribution) or five random slices.
/// </summary>
internal sealed class CrossValidation(Taxonomy taxonomy, ClassifierOptions options, ActionLineModelTrainer trainer)
{
    public static string ByDocument(TrainingItem item) => item.Document;

    /// <summary>
    /// Five folds of whole documents (a corpus document, a hand-labelled set or one writer's file stays in one fold):
    /// each model is scored on documents it never saw, at a fifth of the cost of leaving each document out alone.
    /// </summary>
    public static string ByDocumentFifth(TrainingItem item) =>
        (SHA256.HashData(Encoding.UTF8.GetBytes(item.Document))[0] % 5).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ByRandomFifth(TrainingItem item) =>
        (SHA256.HashData(Encoding.UTF8.GetBytes(item.Paragraph.Id))[1] % 5).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Models trained without each fold, one per fold, for the given settings.</summary>
    public IReadOnlyList<(IReadOnlyList<TrainingItem> Fold, ActionLineModelFile Model)> TrainFolds(
        IReadOnlyList<TrainingItem> items, Func<TrainingItem, string> foldOf, TrainingSettings settings) =>
        items.GroupBy(foldOf)
            .Select(fold => ((IReadOnlyList<TrainingItem>)fold.ToArray(), trainer.Train(items.Where(i => foldOf(i) != fold.Key).ToArray(), settings, $"fold without {fold.Key}")))
            .ToArray();

    /// <summary>
    /// Scores the folds' models with the given decision settings, on the items <paramref name="scored"/> keeps (all by
    /// default).
    /// </summary>
    public EvaluationReport Evaluate(
        IReadOnlyList<(IReadOnlyList<TrainingItem> Fold, ActionLineModelFile Model)> folds,
        TrainingSettings decision,
        Func<TrainingItem, bool>? scored = null)
    {
        var byRequest = new Dictionary<(string, string?), IParagraphClassifier>();
        foreach (var (fold, model) in folds)
        {
            var classifier = new TaxonomyClassifier(taxonomy, options, model with
            {
                Threshold = decision.Threshold,
                SecondaryThreshold = decision.SecondaryThreshold,
                LexiconFirst = decision.LexiconFirst,
                SilentLexiconThreshold = decision.SilentLexiconThreshold,
                SilentNarrativeThreshold = decision.SilentNarrativeThreshold,
                SilentHeadingThreshold = decision.SilentHeadingThreshold,
                OverrideThreshold = decision.OverrideThreshold,
            });
            foreach (var item in fold)
            {
                byRequest[(item.Paragraph.Text, item.Paragraph.Section)] = classifier;
            }
        }

        return new ClassifierEvaluation(new FoldClassifier(byRequest))
            .Evaluate(folds.SelectMany(f => f.Fold).Where(scored ?? (_ => true)).Select(i => i.Paragraph));
    }

    /// <summary>Classifies each paragraph with the model of the fold it was left out of.</summary>
    private sealed class FoldClassifier(Dictionary<(string, string?), IParagraphClassifier> byRequest) : IParagraphClassifier
    {
        public ParagraphLabels Classify(ClassificationRequest request) => byRequest[(request.Text, request.Section)].Classify(request);
    }
}
