using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Classification;

/// <summary>Everything the classifier says about one paragraph.</summary>
/// <param name="ActionLines">Primary first. Empty when the paragraph gives no clear signal.</param>
/// <param name="RequestingBodies">Ids of the bodies whose mandate the paragraph expresses or cites.</param>
/// <param name="Addressees">Ids of who is asked to act.</param>
/// <param name="Kind">The kind the segmenter gave, or the one inferred from the text.</param>
public sealed record ParagraphLabels(
    IReadOnlyList<ActionLineLabel> ActionLines,
    IReadOnlyList<string> RequestingBodies,
    IReadOnlyList<string> Addressees,
    ParagraphKind Kind)
{
    public string? PrimaryActionLine => ActionLines.Count > 0 ? ActionLines[0].Code : null;

    /// <summary>The requests an operative paragraph makes (who asks whom to do what); empty otherwise.</summary>
    public IReadOnlyList<ExtractedRequest> Requests { get; init; } = [];

    /// <summary>The language the paragraph was read in (<c>fr</c> or <c>en</c>).</summary>
    public string? Language { get; init; }

    /// <summary>
    /// For a paragraph that got no action line, the line the lexicon saw most of, below the least score for a label:
    /// what a reviewer would look at first. Null when the paragraph has a label or no term at all.
    /// </summary>
    public ActionLineLabel? NearMiss { get; init; }

    /// <summary>
    /// The requesting bodies (also in <see cref="RequestingBodies"/>) that the trained model guessed rather than read in
    /// the text, each with the evidence a reviewer reads; empty when every body was found in the text or the context.
    /// </summary>
    public IReadOnlyList<Model.BodyGuess> GuessedBodies { get; init; } = [];
}
