using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Formats that delimit paragraphs themselves (DOCX, HTML, Markdown, PDF after geometry): one draft per block.
/// A change of page between two blocks is remembered, so that a paragraph cut by a page break can be rejoined.
/// </summary>
internal sealed class StructuredLayout : IDocumentLayout
{
    public string Name => "structured";

    public List<DraftParagraph> Assemble(IReadOnlyList<TextBlock> blocks, CancellationToken cancellationToken)
    {
        var drafts = new List<DraftParagraph>(blocks.Count);
        int? page = null;
        foreach (var block in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var draft = new DraftParagraph(block.Text, block.Kind == BlockKind.Line ? BlockKind.Paragraph : block.Kind, block.Page)
            {
                Level = block.Level,
                Number = block.Number,
                AfterPageBreak = block.Page is not null && page is not null && block.Page != page,
            };
            if (block.Kind != BlockKind.Footnote)
            {
                page = block.Page ?? page;
            }

            drafts.Add(draft);
        }

        return drafts;
    }
}
