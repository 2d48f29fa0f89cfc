using Serverless.Shared.Classification;

namespace Serverless.Evaluation;

/// <summary>
/// An item whose predicted labels differ from its gold labels, for reading errors on the tuning part: the labels
/// on both sides, the predicted lines with the evidence that decided them, and the start of the text.
/// </summary>
public sealed record EvaluationMiss(
    string Id,
    IReadOnlyList<string> GoldActionLines,
    IReadOnlyList<string> PredictedActionLines,
    IReadOnlyList<string>? GoldBodies,
    IReadOnlyList<string> PredictedBodies)
{
    /// <summary>The predicted action lines with their scores and evidence.</summary>
    public IReadOnlyList<ActionLineLabel> Evidence { get; init; } = [];

    /// <summary>The first words of the paragraph.</summary>
    public string TextStart { get; init; } = string.Empty;
}
