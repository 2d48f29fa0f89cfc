namespace Serverless.Shared.Classification;

/// <summary>One action line given to a paragraph, with its score and the evidence that decided it.</summary>
public sealed record ActionLineLabel(string Code, double Score, IReadOnlyList<string> Evidence);
