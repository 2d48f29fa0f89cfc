using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Classification;

/// <summary>A paragraph to label, with the document context that may decide it.</summary>
/// <param name="Language"><c>fr</c>, <c>en</c>, or null to detect.</param>
/// <param name="Section">The enclosing heading; a heading naming an action line (<c>(C2)</c>) passes it on.</param>
/// <param name="Kind">The paragraph's kind if the segmenter knows it.</param>
/// <param name="DocumentBody">The document's issuing body (e.g. <c>ECOSOC</c> for an ECOSOC resolution).</param>
public sealed record ClassificationRequest(
    string Text,
    string? Language = null,
    string? Section = null,
    ParagraphKind? Kind = null,
    string? DocumentBody = null);
