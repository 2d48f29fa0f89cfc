using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Classification;

/// <summary>A paragraph to label, with the document context that may decide it.</summary>
/// <param name="Language"><c>fr</c>, <c>en</c>, or null to detect.</param>
/// <param name="Section">The enclosing heading; a heading naming an action line (<c>(C2)</c>, or the line's own name) passes it on.</param>
/// <param name="Kind">The paragraph's kind if the segmenter knows it; null to infer it from the text.</param>
/// <param name="DocumentBody">The document's issuing body (e.g. <c>ECOSOC</c> for an ECOSOC resolution).</param>
/// <param name="Number">The paragraph's own number if the segmenter split it off (<c>12</c>); requests cite it.</param>
/// <param name="DocumentSymbol">The document's symbol (<c>E/RES/2025/18</c>); requests cite it.</param>
public sealed record ClassificationRequest(
    string Text,
    string? Language = null,
    string? Section = null,
    ParagraphKind? Kind = null,
    string? DocumentBody = null,
    string? Number = null,
    string? DocumentSymbol = null);
