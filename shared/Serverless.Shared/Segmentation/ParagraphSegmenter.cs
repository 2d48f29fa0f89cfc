using Serverless.Shared.Classification;
using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Turns a reader's blocks into the paragraphs of the document, in four steps:
/// a layout chosen from the shape of the text assembles draft paragraphs (<see cref="LayoutSelector"/>);
/// inline artefacts are cleaned and the document's own numbers split off (<see cref="InlineMarkup"/>,
/// <see cref="ParagraphNumbering"/>); kinds are decided by UN conventions (<see cref="ParagraphKindClassifier"/>, with the taxonomy's openings);
/// paragraphs cut by page breaks are rejoined and footnotes attached to their callers
/// (<see cref="PageBreakJoiner"/>, <see cref="FootnoteLinker"/>).
/// </summary>
public sealed class ParagraphSegmenter(Taxonomy taxonomy)
{
    private readonly ParagraphKindClassifier _kinds = new(OpeningWords.Preambular(taxonomy), OpeningWords.Operative(taxonomy));

    /// <param name="format">The reader's format; Markdown is often a PDF export, so its paragraphs may be cut by pages.</param>
    public IReadOnlyList<Paragraph> Segment(IReadOnlyList<TextBlock> blocks, CancellationToken cancellationToken = default, string? format = null)
    {
        var layout = LayoutSelector.Select(blocks);
        var assembled = layout.Assemble(blocks, cancellationToken);
        DividedWords.Settle(assembled);
        var drafts = Prepare(assembled, cancellationToken);
        _kinds.Classify(drafts);
        var lineShaped = layout is MarkdownTextLayout or PdfTextLayout || format == "markdown";
        drafts = PageBreakJoiner.Join(drafts, lowerCaseContinues: lineShaped);
        FootnoteLinker.Link(drafts, findBareCalls: layout is PdfTextLayout || HasPages(blocks));
        return Emit(drafts);
    }

    /// <summary>Whether the format has pages (a loop rather than LINQ's <c>Any</c>: it may look at every block).</summary>
    private static bool HasPages(IReadOnlyList<TextBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Page is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static List<DraftParagraph> Prepare(List<DraftParagraph> drafts, CancellationToken cancellationToken)
    {
        var prepared = new List<DraftParagraph>(drafts.Count);
        var pageBreak = false;
        // Reused from paragraph to paragraph; what they collect is copied to the draft only when there is some.
        var calls = new List<string>();
        var inlineNotes = new List<(string Number, string Text)>();
        foreach (var draft in drafts)
        {
            if ((prepared.Count & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (draft.Kind is BlockKind.Footnote or BlockKind.Table)
            {
                draft.Text = InlineMarkup.Clean(draft.Text);
                if (draft.Text.Length > 0)
                {
                    prepared.Add(draft);
                }

                continue;
            }

            var raw = InlineMarkup.StripBookmarks(draft.Text).Trim();
            if (PageFurniture.IsFurniture(raw))
            {
                pageBreak = true;
                continue;
            }

            var bodyStart = 0;
            if (draft.Number is not null)
            {
                draft.Marker = ParagraphNumbering.MarkerOf(draft.Number);
            }
            else if (draft.Kind != BlockKind.Heading || ParagraphNumbering.StartsNumbered(raw))
            {
                (draft.Number, draft.Marker, bodyStart) = ParagraphNumbering.Split(raw);
            }

            calls.Clear();
            inlineNotes.Clear();
            draft.Text = InlineMarkup.Clean(raw, bodyStart, calls, inlineNotes);
            if (draft.Text.Length == 0)
            {
                continue;
            }

            draft.AfterPageBreak |= pageBreak;
            pageBreak = false;
            foreach (var call in calls)
            {
                draft.AddCall(call);
            }

            foreach (var (_, note) in inlineNotes)
            {
                draft.AddFootnote(note);
            }

            prepared.Add(draft);
        }

        return prepared;
    }

    private static List<Paragraph> Emit(List<DraftParagraph> drafts)
    {
        var paragraphs = new List<Paragraph>(drafts.Count);
        string? section = null;
        foreach (var draft in drafts)
        {
            if (draft.Linked)
            {
                continue;
            }

            var kind = draft.ResolvedKind ?? ParagraphKind.Paragraph;
            if (kind == ParagraphKind.Heading)
            {
                section = draft.Text;
            }

            paragraphs.Add(new Paragraph(
                paragraphs.Count,
                draft.Text,
                kind,
                draft.Number,
                kind == ParagraphKind.Heading ? null : section,
                draft.Page,
                draft.Footnotes.Count > 0 ? draft.Footnotes.ToArray() : null));
        }

        return paragraphs;
    }
}
