namespace Serverless.Shared.Segmentation;

/// <summary>
/// The unit everything else counts, labels and cites.
/// </summary>
/// <param name="Index">0-based position in the document.</param>
/// <param name="Number">The document's own number for the paragraph (<c>12</c>, <c>2.6</c>, <c>a</c>), or null.</param>
/// <param name="Section">The text of the enclosing heading, or null.</param>
/// <param name="Footnotes">Texts of the footnotes the paragraph calls.</param>
public sealed record Paragraph(
    int Index,
    string Text,
    ParagraphKind Kind,
    string? Number,
    string? Section,
    int? Page = null,
    IReadOnlyList<string>? Footnotes = null);
