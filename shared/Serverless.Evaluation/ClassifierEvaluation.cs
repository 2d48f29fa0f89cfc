using Serverless.Shared.Classification;

namespace Serverless.Evaluation;

/// <summary>
/// Runs any <see cref="IParagraphClassifier"/> over labelled paragraphs and scores it: precision, recall and F1
/// per action line and per body, micro and macro averages, and primary-action-line accuracy, per language.
/// Labels are compared exactly (<c>C7.4</c> is not <c>C7</c>). Use <see cref="EvaluationReportRenderer"/> to print.
/// <see cref="Agreement"/> scores a second person's labels the same way.
/// </summary>
public sealed class ClassifierEvaluation(IParagraphClassifier classifier)
{
    public const string AllLanguages = "all";

    private const int TextStartLength = 160;

    public EvaluationReport Evaluate(IEnumerable<LabelledParagraph> items) =>
        Report(items.Select(item => (item, classifier.Classify(item.ToRequest()))));

    /// <summary>
    /// Scores a second person's labels against the set's, on the items both labelled, in the same figures as a
    /// classifier: how far two people agree on these paragraphs.
    /// </summary>
    public static EvaluationReport Agreement(IEnumerable<LabelledParagraph> items, AnnotatorLabels other) =>
        Report(items.Where(item => other.Covers(item.Id)).Select(item => (item, other.LabelsOf(item))));

    private static EvaluationReport Report(IEnumerable<(LabelledParagraph Item, ParagraphLabels Labels)> labelled)
    {
        var outcomes = labelled.ToArray();
        var languages = outcomes.GroupBy(o => o.Item.Language, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Score(g.Key, g.ToArray()))
            .ToArray();
        return new EvaluationReport(languages, Score(AllLanguages, outcomes));
    }

    private static LanguageEvaluation Score(string language, (LabelledParagraph Item, ParagraphLabels Labels)[] outcomes)
    {
        var misses = new List<EvaluationMiss>();
        var primaryCorrect = 0;
        foreach (var (item, labels) in outcomes)
        {
            var predicted = labels.ActionLines.Select(a => a.Code).ToArray();
            var goldPrimary = item.ActionLines.Count > 0 ? item.ActionLines[0] : null;
            if (goldPrimary == labels.PrimaryActionLine)
            {
                primaryCorrect++;
            }

            var bodiesDiffer = item.RequestingBodies is { } gold && !gold.ToHashSet().SetEquals(labels.RequestingBodies);
            if (goldPrimary != labels.PrimaryActionLine || !item.ActionLines.ToHashSet().SetEquals(predicted) || bodiesDiffer)
            {
                misses.Add(new EvaluationMiss(item.Id, item.ActionLines, predicted, item.RequestingBodies, labels.RequestingBodies)
                {
                    Evidence = labels.ActionLines,
                    TextStart = item.Text.Length <= TextStartLength ? item.Text : item.Text[..TextStartLength] + "…",
                });
            }
        }

        var actionLines = LabelSetScores.From(outcomes.Select(o =>
            ((IReadOnlyCollection<string>)o.Item.ActionLines.ToHashSet(), (IReadOnlyCollection<string>)o.Labels.ActionLines.Select(a => a.Code).ToHashSet())));
        var bodies = LabelSetScores.From(outcomes.Where(o => o.Item.RequestingBodies is not null).Select(o =>
            ((IReadOnlyCollection<string>)o.Item.RequestingBodies!.ToHashSet(), (IReadOnlyCollection<string>)o.Labels.RequestingBodies.ToHashSet())));
        return new LanguageEvaluation(language, outcomes.Length, primaryCorrect, actionLines, bodies, misses);
    }
}
