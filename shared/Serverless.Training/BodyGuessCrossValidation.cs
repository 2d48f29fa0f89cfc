using Serverless.Shared.Classification;
using Serverless.Evaluation;
using Serverless.Shared.Classification.Model;

namespace Serverless.Training;

/// <summary>
/// What the body guess does on paragraphs it did not learn from: each fold (<see cref="CrossValidation.ByDocumentFifth"/>,
/// whole documents or writers' files) is classified from its text alone by the production classifier with the model
/// trained on the other folds, and the pooled predictions are scored like <c>./wsis eval --text-only</c>.
/// </summary>
internal sealed class BodyGuessCrossValidation(Taxonomy taxonomy, ClassifierOptions options, BodyGuessTrainer trainer)
{
    public IReadOnlyList<(IReadOnlyList<BodyGuessExample> Fold, BodyGuessModelFile Model)> TrainFolds(
        IReadOnlyList<BodyGuessExample> examples, Func<TrainingItem, string> foldOf, BodyGuessSettings settings) =>
        examples.GroupBy(e => foldOf(e.Item))
            .Select(fold => ((IReadOnlyList<BodyGuessExample>)fold.ToArray(), trainer.Train(examples.Where(e => foldOf(e.Item) != fold.Key).ToArray(), settings, $"fold without {fold.Key}")))
            .ToArray();

    /// <summary>The folds' models applied as <paramref name="decision"/> says, on the examples <paramref name="scored"/> keeps.</summary>
    public EvaluationReport Evaluate(
        IReadOnlyList<(IReadOnlyList<BodyGuessExample> Fold, BodyGuessModelFile Model)> folds, BodyGuessSettings decision, Func<TrainingItem, bool> scored)
    {
        var byText = new Dictionary<string, IParagraphClassifier>(StringComparer.Ordinal);
        foreach (var (fold, model) in folds)
        {
            var classifier = new TaxonomyClassifier(taxonomy, options, bodyGuess: model with
            {
                Threshold = decision.Threshold,
                OnlyWhereNoneFound = decision.OnlyWhereNoneFound,
            });
            foreach (var example in fold)
            {
                byText[example.Item.Paragraph.Text] = classifier;
            }
        }

        return new ClassifierEvaluation(new FoldClassifier(byText)).Evaluate(TextOnly(folds.SelectMany(f => f.Fold).Where(e => scored(e.Item))));
    }

    /// <summary>The same examples without a guess: the detector alone, from the text alone.</summary>
    public EvaluationReport WithoutGuess(IEnumerable<BodyGuessExample> examples, Func<TrainingItem, bool> scored) =>
        new ClassifierEvaluation(new TaxonomyClassifier(taxonomy, options)).Evaluate(TextOnly(examples.Where(e => scored(e.Item))));

    private static IEnumerable<LabelledParagraph> TextOnly(IEnumerable<BodyGuessExample> examples) =>
        examples.Select(e => e.Item.Paragraph with { TextOnly = true });

    /// <summary>Classifies each paragraph with the model of the fold it was left out of (by its text: all a text-only request has).</summary>
    private sealed class FoldClassifier(Dictionary<string, IParagraphClassifier> byText) : IParagraphClassifier
    {
        public ParagraphLabels Classify(ClassificationRequest request) => byText[request.Text].Classify(request);
    }
}
