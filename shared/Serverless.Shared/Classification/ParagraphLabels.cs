using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Classification;

/// <summary>One action line given to a paragraph, with its score and the evidence that decided it.</summary>
public sealed record ActionLineLabel(string Code, double Score, IReadOnlyList<string> Evidence);

/// <summary>Everything the classifier says about one paragraph.</summary>
/// <param name="ActionLines">Primary first. Empty when the paragraph gives no clear signal.</param>
/// <param name="RequestingBodies">Ids of the bodies whose mandate the paragraph expresses or cites.</param>
/// <param name="Addressees">Ids of who is asked to act.</param>
public sealed record ParagraphLabels(
    IReadOnlyList<ActionLineLabel> ActionLines,
    IReadOnlyList<string> RequestingBodies,
    IReadOnlyList<string> Addressees,
    ParagraphKind Kind)
{
    public string? PrimaryActionLine => ActionLines.Count > 0 ? ActionLines[0].Code : null;
}
