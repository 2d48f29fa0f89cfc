namespace Serverless.Shared.Reading;

/// <summary>
/// Looks, line by line before Markdig parses, for the shapes Markdig pays for more than linearly or in memory, and
/// refuses a text past their limits: a line opening more than <see cref="ReadingLimits.MaxMarkdownNesting"/> containers
/// (block quotes, list items, and the indentation that nests them: 3,000 list levels by indentation, 9 MB, took 82 s
/// before Markdig's own depth limit refused them); a paragraph whose unclosed links times its length passes
/// <see cref="ReadingLimits.MaxMarkdownLinkWork"/> (each <c>[a](</c> left open is read again to the paragraph's end:
/// 100,000 of them, 400 KB, took 78 s); more than <see cref="ReadingLimits.MaxMarkdownTableCells"/> table cells (a table
/// of 2,000 by 2,000 cells, 8 MB, took 2.4 GB). A real contribution nests a few levels, has a few links a paragraph and
/// tables of some hundred cells.
/// </summary>
internal static class MarkdownComplexityGuard
{
    public static void Check(string text, CancellationToken cancellationToken)
    {
        long lines = 0, cells = 0, links = 0, paragraph = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if ((++lines & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (Depth(line) > ReadingLimits.MaxMarkdownNesting)
            {
                throw TooDeep();
            }

            cells += line.Count('|');
            if (cells > ReadingLimits.MaxMarkdownTableCells)
            {
                throw new UnreadableDocumentException(
                    $"The Markdown's tables have more than {ReadingLimits.MaxMarkdownTableCells:N0} cells (no contribution comes near); it was not read. " +
                    "Upload it as DOCX or PDF, or the text alone.");
            }

            if (line.IsWhiteSpace())
            {
                links = paragraph = 0;
                continue;
            }

            links += line.Count("](");
            paragraph += line.Length + 1;
            if (links * paragraph > ReadingLimits.MaxMarkdownLinkWork)
            {
                throw new UnreadableDocumentException(
                    $"A paragraph of the Markdown holds {links:N0} links in {paragraph:N0} characters (no real paragraph comes near), which the Markdown " +
                    "reader cannot read in reasonable time; it was not read. Upload it as plain text, DOCX or PDF.");
            }
        }
    }

    public static UnreadableDocumentException TooDeep(Exception? inner = null) => new(
        $"The Markdown nests quotes, lists, links or emphasis more than {ReadingLimits.MaxMarkdownNesting} levels deep (no document does); it was not read. " +
        "Upload it as plain text, DOCX or PDF.", inner);

    /// <summary>The containers a line's start opens: one per quote mark or list marker, and one per four columns of indentation before them.</summary>
    private static int Depth(ReadOnlySpan<char> line)
    {
        int markers = 0, columns = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ')
            {
                columns++;
            }
            else if (c == '\t')
            {
                columns += 4;
            }
            else if (c == '>')
            {
                markers++;
            }
            else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] is ' ' or '\t')
            {
                markers++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var end = i;
                while (end < line.Length && end - i < 9 && char.IsAsciiDigit(line[end]))
                {
                    end++;
                }

                if (end + 1 < line.Length && line[end] is '.' or ')' && line[end + 1] is ' ' or '\t')
                {
                    markers++;
                    i = end;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }

            i++;
        }

        return markers == 0 ? 0 : markers + (columns / 4);
    }
}
