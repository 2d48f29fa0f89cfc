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

        int nonBlank = 0, blankAfter = 0, cut = 0, long_ = 0, full = 0, fullCut = 0, markdown = 0;
        var formFeeds = false;
        var sample = Math.Min(blocks.Count, 20_000);
        var wrapped = Math.Max(MinimumLongLine, (int)(WrappedShareOfMeasure * Measure(blocks, sample)));
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

            if (line.Length >= MinimumLongLine)
            {
                var unfinished = line[^1] is '.' or ';' or ':' or '!' or '?' or '»' or '"' or ')' or ',' ? 0 : 1;
                long_++;
                cut += unfinished;
                if (line.Length >= wrapped)
                {
                    full++;
                    fullCut += unfinished;
                }
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
            return blankShare > 0.8 && full > 0 && (double)fullCut / full > 0.5 ? new PdfTextLayout(blankLinesSeparateParagraphs: false)
                : blankShare > 0.8 ? new MarkdownTextLayout()
                : formFeeds ? new PdfTextLayout(blankLinesSeparateParagraphs: true)
                : new MarkdownTextLayout();
        }

        return blankShare < 0.35 && markdownShare < 0.05 ? new WordExportTextLayout() : new MarkdownTextLayout();
    }

    private const int MinimumLongLine = 30;

    /// <summary>
    /// Where a blank follows every line, only lines that nearly fill the text's measure tell whether lines were cut by
    /// wrapping (the blanks are then an extractor's or a typist's, not paragraph ends). A short letter typed with a blank after
    /// every line ("REPUBLIC OF NAURU" / "Department of Information and Communications Technology" / ...) has lines of
    /// 30 to 60 characters that end without a full stop because they are a letterhead, not because they were cut, and
    /// read as a wrapped extraction its letterhead, title and first paragraph ran into one paragraph.
    /// </summary>
    private const double WrappedShareOfMeasure = 0.6;

    /// <summary>The text's measure: the length that nine lines in ten do not exceed (a few long lines, a table's or an address's, do not set it).</summary>
    private static int Measure(IReadOnlyList<TextBlock> blocks, int sample)
    {
        // Counted by length rather than sorted, as PdfTextLayout counts its median: this runs on every line of a text.
        Span<int> counts = stackalloc int[LongestCounted + 1];
        var lines = 0;
        for (var i = 0; i < sample; i++)
        {
            var length = blocks[i].Text.AsSpan().Trim().Length;
            if (length > 0)
            {
                counts[Math.Min(length, LongestCounted)]++;
                lines++;
            }
        }

        var below = 0;
        for (var length = 1; length <= LongestCounted; length++)
        {
            below += counts[length];
            if (below >= 0.9 * lines)
            {
                return length;
            }
        }

        return LongestCounted;
    }

    /// <summary>Lines longer than this count as this long: a paragraph on one line says nothing of a measure.</summary>
    private const int LongestCounted = 400;
}
