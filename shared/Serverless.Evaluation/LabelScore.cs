namespace Serverless.Evaluation;

/// <summary>Counts and figures for one label. <see cref="Support"/> is how many items carry it in the labels.</summary>
public sealed record LabelScore(string Label, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Support => TruePositives + FalseNegatives;

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>A ratio whose denominator is zero counts as 1 (nothing to find, nothing wrongly found) only when both counts are zero.</summary>
    internal static double Ratio(int numerator, int denominator) => denominator == 0 ? (numerator == 0 ? 1 : 0) : (double)numerator / denominator;
}
