using System.Text.RegularExpressions;
using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Formats that delimit paragraphs themselves (DOCX, HTML, Markdown, PDF after geometry): one draft per block.
/// A change of page between two blocks is remembered, so that a paragraph cut by a page break can be rejoined.
/// </summary>
internal sealed partial class StructuredLayout : IDocumentLayout
{
    public string Name => "structured";

    public List<DraftParagraph> Assemble(IReadOnlyList<TextBlock> blocks, CancellationToken cancellationToken)
    {
        var drafts = new List<DraftParagraph>(blocks.Count);
        int? page = null;
        foreach (var block in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var kind = block.Kind == BlockKind.Line ? BlockKind.Paragraph : block.Kind;
            var number = block.Number;
            var text = block.Text;

            // A paragraph opening with a superscript number is a footnote (Markdown exported from PDF, HTML from Word).
            if (kind == BlockKind.Paragraph && text.StartsWith("<sup>", StringComparison.OrdinalIgnoreCase) && FootnoteOpening().Match(text) is { Success: true } note)
            {
                (kind, number, text) = (BlockKind.Footnote, note.Groups["n"].Value, text[note.Length..]);
            }

            var draft = new DraftParagraph(text, kind, block.Page)
            {
                Level = block.Level,
                Number = number,
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

    [GeneratedRegex(@"^<sup>(?:&</sup>lt;sup>)?(?<n>\d{1,3})</sup>\s+", RegexOptions.IgnoreCase)]
    private static partial Regex FootnoteOpening();
}
