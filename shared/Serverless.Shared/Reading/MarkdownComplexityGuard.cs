namespace Serverless.Shared.Reading;

/// <summary>
/// Looks, line by line before Markdig parses, for the shapes Markdig pays for more than linearly or in memory, and
/// refuses a text past their limits: a line opening more than <see cref="ReadingLimits.MaxMarkdownNesting"/> containers
/// (block quotes, list items, and the indentation that nests them: 3,000 list levels by indentation, 9 MB, took 82 s
/// before Markdig's own depth limit refused them); a paragraph whose unclosed links times its length passes
/// <see cref="ReadingLimits.MaxMarkdownLinkWork"/> (each <c>[a](</c> left open is read again to the paragraph's end:
/// 100,000 of them, 400 KB, took 78 s); a paragraph whose raw HTML left open (<c>&lt;!--</c>, <c>&lt;?</c>,
/// <c>&lt;![CDATA[</c>, <c>&lt;!DOCTYPE</c>: Markdig looks for each one's end to the paragraph's end) times its length
/// passes the same limit (50,000 lines of <c>x &lt;?</c>, 250 KB, took 70 s); more than
/// <see cref="ReadingLimits.MaxMarkdownTableCells"/> table cells (a table of 2,000 by 2,000 cells, 8 MB, took 2.4 GB);
/// more than <see cref="ReadingLimits.MaxMarkdownDefinitions"/> link reference or footnote definitions, or as many
/// headings underlined with <c>===</c> or <c>---</c> (Markdig takes each back out of the paragraphs it had read, at a
/// cost that grows with their square: 200,000 definitions, 7.7 MB, took 169 s; 200,000 underlined headings, 1.2 MB,
/// 15 s). A real contribution nests a few levels, has a few links a paragraph, tables of some hundred cells and some
/// hundred footnotes and headings. More than <see cref="ReadingLimits.MaxMarkdownInlineMarks"/> marks opening an inline
/// element (entities, escapes, code spans, tags, links) in the whole file are refused too: each costs Markdig an object,
/// and 44 MB of them took up to 3 GB.
/// </summary>
internal static class MarkdownComplexityGuard
{
    private static readonly System.Buffers.SearchValues<char> InlineMarks = System.Buffers.SearchValues.Create("&\\`<[");

    public static void Check(string text, CancellationToken cancellationToken)
    {
        long lines = 0, cells = 0, links = 0, openHtml = 0, paragraph = 0, definitions = 0, underlined = 0, inlines = 0;
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

            inlines += CountInlineMarks(line);
            if (inlines > ReadingLimits.MaxMarkdownInlineMarks)
            {
                throw new UnreadableDocumentException(
                    $"The Markdown holds more than {ReadingLimits.MaxMarkdownInlineMarks:N0} entity references, escapes, code spans, HTML tags or links " +
                    "(no contribution comes near), which the Markdown reader cannot hold in reasonable memory; it was not read. Upload it as plain text, DOCX or PDF.");
            }

            if (line.IsWhiteSpace())
            {
                links = openHtml = paragraph = 0;
                continue;
            }

            if (paragraph > 0 && IsUnderline(line) && ++underlined > ReadingLimits.MaxMarkdownDefinitions)
            {
                throw new UnreadableDocumentException(
                    $"The Markdown underlines more than {ReadingLimits.MaxMarkdownDefinitions:N0} headings with === or --- (no contribution comes near), " +
                    "which the Markdown reader cannot read in reasonable time; it was not read. Upload it as DOCX or PDF, or the text alone.");
            }

            if (IsDefinition(line) && ++definitions > ReadingLimits.MaxMarkdownDefinitions)
            {
                throw new UnreadableDocumentException(
                    $"The Markdown defines more than {ReadingLimits.MaxMarkdownDefinitions:N0} link references or footnotes (no contribution comes near), " +
                    "which the Markdown reader cannot read in reasonable time; it was not read. Upload it as DOCX or PDF, or the text alone.");
            }

            links += line.Count("](");
            paragraph += line.Length + 1;
            if (links * paragraph > ReadingLimits.MaxMarkdownLinkWork)
            {
                throw new UnreadableDocumentException(
                    $"A paragraph of the Markdown holds {links:N0} links in {paragraph:N0} characters (no real paragraph comes near), which the Markdown " +
                    "reader cannot read in reasonable time; it was not read. Upload it as plain text, DOCX or PDF.");
            }

            openHtml += line.Count("<!") + line.Count("<?");
            if (openHtml * paragraph > ReadingLimits.MaxMarkdownLinkWork)
            {
                throw new UnreadableDocumentException(
                    $"A paragraph of the Markdown opens {openHtml:N0} HTML comments or declarations in {paragraph:N0} characters (no real paragraph comes near), " +
                    "which the Markdown reader cannot read in reasonable time; it was not read. Upload it as plain text, DOCX or PDF.");
            }
        }
    }

    /// <summary>The marks in a line that may open an inline element; a run of backticks opens one code span whatever its length.</summary>
    private static int CountInlineMarks(ReadOnlySpan<char> line)
    {
        var count = 0;
        var at = line.IndexOfAny(InlineMarks);
        while (at >= 0)
        {
            count++;
            var next = at + 1;
            while (line[at] == '`' && next < line.Length && line[next] == '`')
            {
                next++;
            }

            var rest = line[next..].IndexOfAny(InlineMarks);
            at = rest < 0 ? -1 : next + rest;
        }

        return count;
    }

    /// <summary>Whether a line under text makes it a heading: only <c>=</c> or only <c>-</c> after at most three spaces.</summary>
    private static bool IsUnderline(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        var start = 0;
        while (start < trimmed.Length && start < 3 && trimmed[start] == ' ')
        {
            start++;
        }

        trimmed = trimmed[start..];
        return !trimmed.IsEmpty && trimmed[0] is '=' or '-' && !trimmed.ContainsAnyExcept(trimmed[0]);
    }

    /// <summary>Whether a line opens a link reference or footnote definition: <c>[label]:</c> after at most three spaces.</summary>
    private static bool IsDefinition(ReadOnlySpan<char> line)
    {
        var start = 0;
        while (start < line.Length && start < 3 && line[start] == ' ')
        {
            start++;
        }

        if (start >= line.Length || line[start] != '[')
        {
            return false;
        }

        var close = line[start..].IndexOf("]:");
        return close > 1;
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
