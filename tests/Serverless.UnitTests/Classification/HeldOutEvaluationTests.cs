using Serverless.Evaluation;
using Xunit.Abstractions;

namespace Serverless.UnitTests.Classification;

/// <summary>
/// The figures the issue asks for, on the held-out part of <c>tests/eval/</c> only (a third of the items, chosen by a
/// hash of their ids before any tuning). Corpus items need the corpus; without it the French set is empty and
/// its test skips.
/// </summary>
public class HeldOutEvaluationTests(ITestOutputHelper output)
{
    private const double PrimaryAccuracyTarget = 0.85;
    private const double ActionLineMacroF1Target = 0.80;
    private const double BodyMicroF1Target = 0.90;

    private static LabelledSet Load(string file) => LabelledSetReader.ReadFile(
        Path.Combine(CorpusFiles.RepositoryRoot, "tests", "eval", file),
        CorpusFiles.Available ? new CorpusParagraphResolver(CorpusFiles.Folder!) : null);

    private static IReadOnlyList<LabelledParagraph> All() =>
        Directory.GetFiles(Path.Combine(CorpusFiles.RepositoryRoot, "tests", "eval"), "*.jsonl")
            .SelectMany(f => Load(Path.GetFileName(f)).Items)
            .ToArray();

    /// <summary>
    /// English meets the three targets with the shipped classifier (held-out, taxonomy 2026.9 and its model, 81
    /// paragraphs: primary 0.914, macro-F1 0.898, bodies 0.916; see tests/eval/README.md).
    /// </summary>
    [Fact]
    public void MeetsTheTargets_When_EnglishHeldOutPartIsClassified()
    {
        AssertMeetsTheTargets(Evaluate(All().Where(i => i.Language == "en")).For("en")!);
    }

    /// <summary>
    /// The English the taxonomy's author did not write (the two sets written without reading it) meets the targets on
    /// its own too (held-out, 50 paragraphs), so the figures above do not rest on the paragraphs written alongside the
    /// taxonomy.
    /// </summary>
    [Fact]
    public void MeetsTheTargets_When_EnglishWrittenWithoutTheTaxonomyIsClassified()
    {
        var items = new[] { "hand-labelled-en-blind.jsonl", "hand-labelled-en-blind-2.jsonl" }.SelectMany(f => Load(f).Items);
        AssertMeetsTheTargets(Evaluate(items).For("en")!);
    }

    /// <summary>
    /// French does not reach these targets (held-out, taxonomy 2026.9 and its models, the corpus's paragraphs relabelled
    /// under the reference rules: primary 0.761, macro-F1 0.697, bodies 0.886 (0.894 without the body guess); the
    /// lexicon alone 0.744, 0.656, 0.894;
    /// see tests/eval/README.md). This guards the measured level against regressions.
    /// </summary>
    [CorpusFact]
    public void KeepsItsMeasuredLevel_When_FrenchHeldOutPartIsClassified()
    {
        var figures = Evaluate(All().Where(i => i.Language == "fr")).For("fr")!;

        Assert.True(figures.PrimaryAccuracy >= 0.72, $"fr primary accuracy {figures.PrimaryAccuracy:0.000} fell below the measured 0.761");
        Assert.True(figures.ActionLines.MacroF1 >= 0.67, $"fr action-line macro-F1 {figures.ActionLines.MacroF1:0.000} fell below the measured 0.697");
        Assert.True(figures.RequestingBodies.MicroF1 >= 0.86, $"fr body micro-F1 {figures.RequestingBodies.MicroF1:0.000} fell below the measured 0.886");
    }

    [CorpusFact]
    public void ResolvesEveryCorpusReference_When_CorpusIsPresent()
    {
        var skipped = Directory.GetFiles(Path.Combine(CorpusFiles.RepositoryRoot, "tests", "eval"), "*.jsonl")
            .SelectMany(f => Load(Path.GetFileName(f)).Skipped)
            .ToArray();

        Assert.Empty(skipped);
    }

    [CorpusFact]
    public void ComparesOnlyTuningItems_When_ASecondAnnotatorLabelledSome()
    {
        var tuningIds = EvaluationSplit.Select(All(), EvaluationSplit.Tuning).Select(i => i.Id).ToHashSet();
        var labelled = Directory.GetFiles(Path.Combine(CorpusFiles.RepositoryRoot, "tests", "eval", "agreement"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(l => l.Trim().Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!)
            .ToArray();

        Assert.NotEmpty(labelled);
        Assert.All(labelled, id => Assert.Contains(id, tuningIds));
    }

    [Fact]
    public void HasEnoughHandLabelledItems_When_SetIsRead()
    {
        var hand = Directory.GetFiles(Path.Combine(CorpusFiles.RepositoryRoot, "tests", "eval"), "hand-labelled-*.jsonl")
            .Sum(f => File.ReadLines(f).Count(l => l.Trim().Length > 0));

        Assert.True(hand >= 150, $"{hand} hand-labelled items");
    }

    private static void AssertMeetsTheTargets(LanguageEvaluation figures)
    {
        Assert.True(figures.PrimaryAccuracy >= PrimaryAccuracyTarget, $"{figures.Language} primary accuracy {figures.PrimaryAccuracy:0.000} < {PrimaryAccuracyTarget}");
        Assert.True(figures.ActionLines.MacroF1 >= ActionLineMacroF1Target, $"{figures.Language} action-line macro-F1 {figures.ActionLines.MacroF1:0.000} < {ActionLineMacroF1Target}");
        Assert.True(figures.RequestingBodies.MicroF1 >= BodyMicroF1Target, $"{figures.Language} body micro-F1 {figures.RequestingBodies.MicroF1:0.000} < {BodyMicroF1Target}");
    }

    private EvaluationReport Evaluate(IEnumerable<LabelledParagraph> items)
    {
        var report = new ClassifierEvaluation(ClassifierFixture.Shipped).Evaluate(EvaluationSplit.Select(items, EvaluationSplit.HeldOut));
        output.WriteLine(EvaluationReportRenderer.ToText(report));
        return report;
    }
}
