namespace Serverless.Evaluation;

/// <summary>
/// The figures for one language (or <c>all</c>). <see cref="PrimaryAccuracy"/> counts an item right when the
/// predicted primary action line equals the first gold one, or when both are empty (procedural text).
/// Body figures cover only the items labelled for bodies.
/// </summary>
public sealed record LanguageEvaluation(
    string Language,
    int Paragraphs,
    int PrimaryCorrect,
    LabelSetScores ActionLines,
    LabelSetScores RequestingBodies,
    IReadOnlyList<EvaluationMiss> Misses)
{
    public double PrimaryAccuracy => Paragraphs == 0 ? 0 : (double)PrimaryCorrect / Paragraphs;
}
