namespace Serverless.Shared.Classification.Evaluation;

/// <summary>An item whose predicted labels differ from its gold labels, for reading errors on the tuning part.</summary>
public sealed record EvaluationMiss(
    string Id,
    IReadOnlyList<string> GoldActionLines,
    IReadOnlyList<string> PredictedActionLines,
    IReadOnlyList<string>? GoldBodies,
    IReadOnlyList<string> PredictedBodies);
