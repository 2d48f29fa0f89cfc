using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;

namespace Serverless.Evaluation;

/// <summary>
/// One paragraph of a labelled set with the labels a person (or the document itself) gave it.
/// <paramref name="RequestingBodies"/> is null when the item was not labelled for bodies (it then does not
/// count in the body figures).
/// </summary>
public sealed record LabelledParagraph(
    string Id,
    string Text,
    string Language,
    IReadOnlyList<string> ActionLines,
    IReadOnlyList<string>? RequestingBodies,
    string? Section = null,
    ParagraphKind? Kind = null,
    string? DocumentBody = null)
{
    /// <summary>
    /// When set, the classifier gets the text alone, as a portal's <c>./wsis classify</c> call without context would:
    /// no declared language, heading, kind or issuing organ. The item's language still groups the figures.
    /// </summary>
    public bool TextOnly { get; init; }

    public ClassificationRequest ToRequest() => TextOnly ? new(Text) : new(Text, Language, Section, Kind, DocumentBody);
}
