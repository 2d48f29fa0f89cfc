using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Assembles a reader's blocks into draft paragraphs. There is one layout per <em>shape</em> in which UN documents
/// reach us, not per UN document kind: a resolution, an SG report and an ITU Council document show the same
/// artefacts once they have gone through the same export (PDF extraction wraps lines and interleaves
/// footnotes, a DOCX saved as text puts one paragraph per line with tab numbers, a Markdown export uses
/// blank lines and <c>- 12.</c>), while the kind-specific rules (preamble vs operative paragraphs, action-line
/// headings, section numbering) are the same whatever the shape and live in <see cref="ParagraphKindClassifier"/>.
/// So a layout only decides where paragraphs start and end and what is furniture or footnote.
/// </summary>
internal interface IDocumentLayout
{
    /// <summary>Short name, for diagnostics.</summary>
    string Name { get; }

    List<DraftParagraph> Assemble(IReadOnlyList<TextBlock> blocks, CancellationToken cancellationToken);
}
