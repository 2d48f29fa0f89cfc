namespace Serverless.Shared.Pipeline;

/// <summary>A reviewer's labels for one paragraph: they replace the classifier's in the index and the summary.</summary>
/// <param name="ActionLines">Codes, primary first; empty to say the paragraph has no action line.</param>
/// <param name="RequestingBodies">Body ids; null leaves bodies unreviewed, so the classifier's count, now and after re-classification.</param>
/// <param name="Reviewer">Who made the correction, as the portal identifies them.</param>
public sealed record LabelCorrection(IReadOnlyList<string> ActionLines, IReadOnlyList<string>? RequestingBodies, string Reviewer, string? Note = null);
