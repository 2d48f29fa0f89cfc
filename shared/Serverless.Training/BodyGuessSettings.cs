using System.Globalization;

namespace Serverless.Training;

/// <summary>
/// How the body guess is trained (regularisation, how many paragraphs must use a feature, the weight of the evaluation
/// set's paragraphs) and when it is applied (the least probability, and whether only where the detector found no body).
/// </summary>
internal sealed record BodyGuessSettings(double L1, double L2, int MinFeatureCount, double Threshold, bool OnlyWhereNoneFound, double EvaluationSetWeight = 1, bool WordPairs = false)
{
    /// <summary>
    /// The training settings (light L1 so that the file keeps only the features that matter; features of two
    /// paragraphs or more, as for the action-line model). Threshold and gate are chosen by cross-validation
    /// (<see cref="Decisions"/>).
    /// </summary>
    public static BodyGuessSettings Default { get; } = new(L1: 0.1, L2: 0.1, MinFeatureCount: 2, Threshold: 0.5, OnlyWhereNoneFound: true);

    /// <summary>The decisions cross-validation compares on the written paragraphs: thresholds × where the guess applies.</summary>
    public static IEnumerable<BodyGuessSettings> Decisions(BodyGuessSettings trained) =>
        from threshold in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 }
        from onlyWhereNoneFound in new[] { true, false }
        select trained with { Threshold = threshold, OnlyWhereNoneFound = onlyWhereNoneFound };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"L1 {L1}, L2 {L2}, {(WordPairs ? "words and word pairs" : "words")} in ≥{MinFeatureCount} paragraphs, guess from {Threshold}{(OnlyWhereNoneFound ? " where no body is found" : " beside the bodies found")}{(EvaluationSetWeight != 1 ? $", the evaluation set's paragraphs weighing {EvaluationSetWeight}" : "")}");
}
