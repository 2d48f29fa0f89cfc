using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Chooses the layout from the shape of the text, since a <c>.txt</c> file does not say what it was exported from:
/// formats with their own paragraphs use <see cref="StructuredLayout"/>; for lines, the share of lines followed by a
/// blank line and the share of lines cut before their sentence ends tell a PDF extraction (wrapped lines, often a
/// blank after each), a DOCX saved as text (one full paragraph per line) and Markdown-like text (blank lines
/// between paragraphs) apart.
/// </summary>
internal static class LayoutSelector
{
    public static IDocumentLayout Select(IReadOnlyList<TextBlock> blocks)
    {
        // Loops over the list rather than LINQ: these run over every line of the document.
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.Line)
            {
                return new StructuredLayout();
            }
        }

        int nonBlank = 0, blankAfter = 0, cut = 0, long_ = 0, markdown = 0;
        var formFeeds = false;
        var sample = Math.Min(blocks.Count, 20_000);
        for (var i = 0; i < sample; i++)
        {
            var text = blocks[i].Text;
            formFeeds |= text.Contains('\f');
            var line = text.AsSpan().Trim();
            if (line.Length == 0)
            {
                continue;
            }

            nonBlank++;
            if (i + 1 < blocks.Count && blocks[i + 1].Text.AsSpan().Trim().IsEmpty)
            {
                blankAfter++;
            }

            if (line.Length >= 30)
            {
                long_++;
                cut += line[^1] is '.' or ';' or ':' or '!' or '?' or '»' or '"' or ')' or ',' ? 0 : 1;
            }

            markdown += line[0] is '#' || line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("<sup>", StringComparison.Ordinal) ? 1 : 0;
        }

        if (nonBlank == 0)
        {
            return new MarkdownTextLayout();
        }

        var blankShare = (double)blankAfter / nonBlank;
        var cutShare = long_ == 0 ? 0 : (double)cut / long_;
        var markdownShare = (double)markdown / nonBlank;
        if (cutShare > 0.5 && markdownShare < 0.05)
        {
            // Wrapped lines: a blank after (nearly) every line is the extractor's artefact, not a paragraph end.
            return blankShare > 0.8 ? new PdfTextLayout(blankLinesSeparateParagraphs: false)
                : formFeeds ? new PdfTextLayout(blankLinesSeparateParagraphs: true)
                : new MarkdownTextLayout();
        }

        return blankShare < 0.35 && markdownShare < 0.05 ? new WordExportTextLayout() : new MarkdownTextLayout();
    }
}
