using System.Globalization;
using Serverless.Shared.Classification;
using Serverless.Evaluation;
using Serverless.Shared.Classification.Model;

namespace Serverless.Training;

/// <summary>
/// <c>./wsis train</c>'s part for the body guess: cross-validates it by document fold, chooses when to apply it (the
/// threshold and gate that give the best body micro-F1 on the written paragraphs it did not see, both languages
/// weighing the same), and writes the model only if, so applied, it beats no guess on those paragraphs in every language.
/// </summary>
internal sealed class BodyGuessTraining(Taxonomy taxonomy, ClassifierOptions options, TextWriter log)
{
    public bool Run(IReadOnlyList<TrainingItem> items, IReadOnlyList<LabelledParagraph> heldOut, string output)
    {
        var trainer = new BodyGuessTrainer(taxonomy, options);
        var validation = new BodyGuessCrossValidation(taxonomy, options, trainer);
        var examples = trainer.Describe(items);
        Func<TrainingItem, bool> written = i => i.Written;
        log.WriteLine($"body guess: {examples.Count} paragraphs labelled for bodies, {examples.Count(e => e.Target != BodyGuessModelFile.NoGuess)} with a body the text does not name ({string.Join(", ", examples.Where(e => e.Target != BodyGuessModelFile.NoGuess).CountBy(e => e.Target).OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}"))}).");
        var none = validation.WithoutGuess(examples, written);
        log.WriteLine($"  no guess, written, text alone: {Bodies(none)}");

        var trained = BodyGuessSettings.Default;
        var folds = validation.TrainFolds(examples, CrossValidation.ByDocumentFifth, trained);
        (BodyGuessSettings Decision, EvaluationReport Report)? best = null;
        foreach (var decision in BodyGuessSettings.Decisions(trained))
        {
            var report = validation.Evaluate(folds, decision, written);
            log.WriteLine($"  {decision}, cross-validated (documents left out, five folds), written, text alone: {Bodies(report)}");
            if (best is null || MeanBodies(report) > MeanBodies(best.Value.Report))
            {
                best = (decision, report);
            }
        }

        var (chosen, validated) = best!.Value;
        log.WriteLine($"  chosen: {chosen}: {Bodies(validated)}; the evaluation set's tuning part, cross-validated, text alone: {Bodies(validation.Evaluate(folds, chosen, i => !i.Written))} (no guess: {Bodies(validation.WithoutGuess(examples, i => !i.Written))})");

        var description = string.Create(CultureInfo.InvariantCulture,
            $"the tuning part of tests/eval and tests/eval/written ({examples.Count} paragraphs labelled for bodies: {examples.Count(e => e.Item.Paragraph.Language == "fr")} French, {examples.Count(e => e.Item.Paragraph.Language == "en")} English), read from their text alone; {chosen}");
        var model = trainer.Train(examples, chosen, description);
        var withGuess = new ClassifierEvaluation(new TaxonomyClassifier(taxonomy, options, bodyGuess: model));
        var withoutGuess = new ClassifierEvaluation(new TaxonomyClassifier(taxonomy, options));
        var heldOutTextOnly = heldOut.Select(p => p with { TextOnly = true }).ToArray();
        log.WriteLine($"  held-out part, as the pipeline passes it: no guess {Bodies(withoutGuess.Evaluate(heldOut))}, guess {Bodies(withGuess.Evaluate(heldOut))}");
        log.WriteLine($"  held-out part, text alone: no guess {Bodies(withoutGuess.Evaluate(heldOutTextOnly))}, guess {Bodies(withGuess.Evaluate(heldOutTextOnly))}");

        // The gate: on paragraphs it never saw, the guess must beat no guess in every language, or nothing is written.
        var losses = none.Languages
            .Select(l => (Language: l.Language, None: l.RequestingBodies.MicroF1, Guess: validated.For(l.Language)?.RequestingBodies.MicroF1 ?? 0))
            .Where(l => l.Guess <= l.None)
            .Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Language}: bodies {l.Guess:0.000} with the guess against {l.None:0.000} without"))
            .ToArray();
        if (losses.Length > 0)
        {
            log.WriteLine($"  body guess not written: {string.Join("; ", losses)}.");
            return false;
        }

        using (var stream = File.Create(output))
        {
            model.Save(stream);
        }

        log.WriteLine($"  wrote {output}: {model.Outcomes.Count} outcomes, {model.Outcomes.Sum(o => o.Weights.Count)} non-zero weights.");
        return true;
    }

    /// <summary>Cross-validates a grid of training settings, each with a few decisions, and prints the figures; writes nothing.</summary>
    public void Grid(IReadOnlyList<TrainingItem> items)
    {
        var trainer = new BodyGuessTrainer(taxonomy, options);
        var validation = new BodyGuessCrossValidation(taxonomy, options, trainer);
        var examples = trainer.Describe(items);
        Func<TrainingItem, bool> written = i => i.Written;
        log.WriteLine($"  no guess, written, text alone: {Bodies(validation.WithoutGuess(examples, written))}");
        BodyGuessSettings[] grid =
        [
            BodyGuessSettings.Default with { WordPairs = true },
            BodyGuessSettings.Default with { WordPairs = true, MinFeatureCount = 3 },
            BodyGuessSettings.Default with { WordPairs = true, L1 = 0.5, L2 = 0.3 },
            BodyGuessSettings.Default with { EvaluationSetWeight = 5 },
        ];
        foreach (var trained in grid)
        {
            var folds = validation.TrainFolds(examples, CrossValidation.ByDocumentFifth, trained);
            foreach (var threshold in new[] { 0.5, 0.7 })
            {
                var decision = trained with { Threshold = threshold, OnlyWhereNoneFound = false };
                log.WriteLine($"  {decision}, cross-validated, written, text alone: {Bodies(validation.Evaluate(folds, decision, written))}");
            }
        }
    }

    private static double MeanBodies(EvaluationReport report) => report.Languages.Average(l => l.RequestingBodies.MicroF1);

    private static string Bodies(EvaluationReport report) => string.Join(", ", report.Languages.Select(l => string.Create(CultureInfo.InvariantCulture,
        $"{l.Language} micro-F1 {l.RequestingBodies.MicroF1:0.000} (P {l.RequestingBodies.MicroPrecision:0.000}, R {l.RequestingBodies.MicroRecall:0.000}, n {l.Paragraphs})")));
}
