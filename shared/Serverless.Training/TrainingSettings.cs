using System.Globalization;

namespace Serverless.Training;

/// <summary>
/// How the model is trained: the regularisation of each line's logistic regression, the probability at which a line
/// is given, how many training paragraphs must use a word before it becomes a feature, and whether pairs of
/// neighbouring words ("renforcement capacité") are features too.
/// </summary>
internal sealed record TrainingSettings(double L1, double L2, double Threshold, int MinWordCount, bool WordPairs = true, double? SecondaryThreshold = null, bool WordBeginnings = true)
{
    /// <summary>
    /// The settings <c>./wsis train</c> uses: the best primary accuracy in leave-one-document-out cross-validation on the
    /// tuning part over the grid of <c>--grid</c> (see <c>tests/eval/README.md</c>).
    /// </summary>
    public static TrainingSettings Chosen { get; } = new(L1: 0, L2: 0.3, Threshold: 0.2, MinWordCount: 2);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"L1 {L1}, L2 {L2}, threshold {Threshold}{(SecondaryThreshold is { } second ? $" then {second}" : "")}, words{(WordPairs ? ", word pairs" : "")}{(WordBeginnings ? ", word beginnings" : "")} in ≥{MinWordCount} paragraphs");
}
