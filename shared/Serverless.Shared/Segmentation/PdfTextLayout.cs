using System.Text;
using System.Text.RegularExpressions;
using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Text extracted from a PDF: lines are hard-wrapped, so a paragraph ends only where a new one visibly starts
/// (a paragraph number <c>12.</c>, a section marker <c>I.</c>/<c>A.</c>/<c>b)</c>, or a short title line followed by
/// one of those). Blank lines mean nothing when the extractor put one after every line; otherwise they end a
/// paragraph. Footnotes sit at the foot of each page: a line starting with the next footnote number
/// (footnotes are numbered in sequence through the document), continued by unindented lines, until an
/// indented line resumes the body text, which may continue the paragraph the page break cut. Complete URLs
/// alone on a line are the link annotations extractors repeat after footnotes, and are dropped.
/// </summary>
internal sealed partial class PdfTextLayout(bool blankLinesSeparateParagraphs) : IDocumentLayout
{
    public string Name => blankLinesSeparateParagraphs ? "pdf-text" : "pdf-text-spaced";

    public List<DraftParagraph> Assemble(IReadOnlyList<TextBlock> blocks, CancellationToken cancellationToken)
    {
        // The blocks are read in place rather than copied to a list of lines: for a long extraction that list was
        // an array on the large object heap, and every such allocation brings the next full collection closer.
        var typicalLength = TypicalLength(blocks);
        var drafts = new List<DraftParagraph>();
        var pendingNotes = new List<DraftParagraph>();
        var body = new StringBuilder();
        DraftParagraph? note = null;
        var nextNote = 1;
        var pageBreak = false;
        var bodyStartedAfterBreak = false;
        var headingCandidate = false;
        var blanks = 0;

        void FlushBody()
        {
            if (body.Length > 0)
            {
                drafts.Add(new DraftParagraph(body.ToString(), BlockKind.Paragraph) { AfterPageBreak = bodyStartedAfterBreak, HeadingCandidate = headingCandidate });
                body.Clear();
            }

            drafts.AddRange(pendingNotes);
            pendingNotes.Clear();
            headingCandidate = false;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var raw = blocks[i].Text.TrimEnd();
            if (!blankLinesSeparateParagraphs && raw.AsSpan().Trim().IsEmpty)
            {
                // A blank after every line is the extractor's artefact, not a paragraph end.
                blanks++;
                continue;
            }

            var blanksBefore = blanks;
            blanks = 0;

            if (raw.Contains('\f'))
            {
                pageBreak = true;
                note = null;
                raw = raw.Replace("\f", string.Empty, StringComparison.Ordinal);
            }

            var line = MarkSuperscripts(raw.Trim());
            if (line.Length == 0)
            {
                FlushBody();
                note = null;
                continue;
            }

            if (PageFurniture.IsLinkAnnotation(line) || PageFurniture.IsFurniture(line))
            {
                pageBreak = true;
                continue;
            }

            var indented = raw.Length > 0 && char.IsWhiteSpace(raw[0]);

            // Decided once per line: the rules below ask several times, and each answer runs regexes.
            var numbered = ParagraphNumbering.StartsNumbered(line);
            var startsBlock = numbered || IsSectionMarker(line);
            if (MayStartNote(line) && NoteStart().Match(line) is { Success: true } start &&
                int.Parse(start.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) is var n &&
                n >= nextNote && n <= nextNote + 2 && (indented || note is not null) && !numbered)
            {
                note = new DraftParagraph(line[start.Length..], BlockKind.Footnote) { Number = n.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                pendingNotes.Add(note);
                nextNote = n + 1;
                pageBreak = true;
                continue;
            }

            if (note is not null)
            {
                if (NoteRemark().IsMatch(line))
                {
                    note = new DraftParagraph(line, BlockKind.Footnote);
                    pendingNotes.Add(note);
                    continue;
                }

                if (!indented && !startsBlock)
                {
                    note.Text = WrappedLine.Join(note.Text, line);
                    continue;
                }

                note = null;
            }

            if (startsBlock || IsTitleLine(blocks, i, body) || EndsAtDoubleBlank(blanksBefore, pageBreak, body, line))
            {
                FlushBody();
                headingCandidate = !numbered || (line.Length < typicalLength * 0.75 && !EndsWithPunctuation(line));
            }

            if (body.Length == 0)
            {
                bodyStartedAfterBreak = pageBreak;
                body.Append(line);
            }
            else
            {
                WrappedLine.Join(body, line);
            }

            pageBreak = false;
        }

        FlushBody();
        return drafts;
    }

    /// <summary>
    /// Where every line is followed by a blank (text typed or exported double-spaced), two blanks or more between a
    /// finished sentence and a capital are the paragraph's end, as one blank is elsewhere: without them an unnumbered
    /// contribution read as one paragraph. A page break (a form feed, page furniture) also leaves blanks, after which the
    /// paragraph may go on; those runs do not count.
    /// </summary>
    private static bool EndsAtDoubleBlank(int blanksBefore, bool pageBreak, StringBuilder body, string line) =>
        blanksBefore >= 2 && !pageBreak && body.Length > 0 && body[^1] is '.' or '!' or '?' or ':' or ';' or '»' or '"' or ')'
        && char.IsUpper(line[0]);

    /// <summary>
    /// Extractors flatten superscript footnote calls but leave a trace: a space after the number before the final
    /// punctuation (<c>public14 .</c>, <c>en 2025 28 .</c>) or two spaces after it (<c>indicateurs 13  et</c>).
    /// Such numbers are marked as calls, as other formats mark them.
    /// </summary>
    private static string MarkSuperscripts(string line)
    {
        if (!line.Contains(' '))
        {
            return line;
        }

        // Both patterns need a space before punctuation or two spaces in a row; most lines have neither, and
        // these unanchored regexes would otherwise be tried at every position of every line.
        if (line.Contains(" .", StringComparison.Ordinal) || line.Contains(" ,", StringComparison.Ordinal))
        {
            line = CallBeforePunctuation().Replace(line, "<sup>${n}</sup>");
        }

        return line.Contains("  ", StringComparison.Ordinal) ? CallBeforeDoubleSpace().Replace(line, "<sup>${n}</sup> ") : line;
    }

    private static bool StartsBlock(string line) =>
        ParagraphNumbering.StartsNumbered(line) || IsSectionMarker(line);

    /// <summary>
    /// <see cref="SectionMarker"/>, after a test of the first two characters it requires (<c>I.</c>, <c>A.</c>,
    /// <c>b)</c>, or a Roman numeral going on): this runs on every line, and nearly all lines fail that test.
    /// </summary>
    private static bool IsSectionMarker(string line) =>
        line.Length > 2 && line[0] is (>= 'A' and <= 'H') or 'I' or 'V' or 'X' or (>= 'a' and <= 'z') &&
        line[1] is '.' or ')' or 'I' or 'V' or 'X' && SectionMarker().IsMatch(line);

    /// <summary>
    /// Whether <see cref="NoteStart"/> can match: it needs a digit first (<c>\d</c>, any Unicode decimal digit, as
    /// <see cref="char.IsDigit(char)"/>). Spares a regex match, and its <see cref="Match"/> object, on every line.
    /// </summary>
    private static bool MayStartNote(string line) => line.Length > 0 && char.IsDigit(line[0]);

    /// <summary>A short line without final punctuation, alone between a finished paragraph and a new numbered one: a title.</summary>
    private static bool IsTitleLine(IReadOnlyList<TextBlock> lines, int index, StringBuilder body)
    {
        var line = lines[index].Text.Trim();
        if (line.Length > 90 || !char.IsUpper(line[0]) || EndsWithPunctuation(line) || (body.Length > 0 && !EndsSentence(body)))
        {
            return false;
        }

        for (var next = index + 1; next < lines.Count; next++)
        {
            var candidate = lines[next].Text.Trim();
            if (candidate.Length > 0)
            {
                return StartsBlock(candidate);
            }
        }

        return false;
    }

    /// <summary>The median length of lines: wrapped lines fill the measure, titles do not.</summary>
    /// <remarks>
    /// Counted by length rather than sorted: a list of the lengths of a long extraction was an array on the large
    /// object heap, and sorting it cost more than the rest of this method. Lines of 1,024 characters or more are
    /// rare (a paragraph on one line) and are kept aside and sorted; the median is the same element of the order.
    /// </remarks>
    private static int TypicalLength(IReadOnlyList<TextBlock> lines)
    {
        const int Counted = 1024;
        Span<int> counts = stackalloc int[Counted];
        List<int>? longer = null;
        var total = 0;
        foreach (var line in lines)
        {
            var length = line.Text.AsSpan().Trim().Length;
            if (length == 0)
            {
                continue;
            }

            total++;
            if (length < Counted)
            {
                counts[length]++;
            }
            else
            {
                (longer ??= []).Add(length);
            }
        }

        if (total == 0)
        {
            return 80;
        }

        // The element at total / 2 of the lengths in ascending order.
        var rank = total / 2;
        for (var length = 1; length < Counted; length++)
        {
            rank -= counts[length];
            if (rank < 0)
            {
                return length;
            }
        }

        longer!.Sort();
        return longer[rank];
    }

    private static bool EndsWithPunctuation(string line) => line.TrimEnd()[^1] is '.' or ';' or ':' or ',' or '!' or '?';

    private static bool EndsSentence(StringBuilder text)
    {
        var end = text.Length - 1;
        while (end >= 0 && char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        return end >= 0 && text[end] is '.' or ';' or ':' or '!' or '?' or ')';
    }

    [GeneratedRegex(@"^(?<n>\d{1,3})\s+(?=\S)")]
    private static partial Regex NoteStart();

    [GeneratedRegex(@"(?:(?<=[\p{L}’'»)])| (?=\d{1,3} [.,]))(?<n>\d{1,3}) (?=[.,](?:\s|$))")]
    private static partial Regex CallBeforePunctuation();

    [GeneratedRegex(@"(?<=\S) (?<n>\d{1,3})  +(?=\p{Ll})")]
    private static partial Regex CallBeforeDoubleSpace();

    /// <summary>The note UN reports add under the first footnote (<c>Note : Tous les sites Web ...</c>).</summary>
    [GeneratedRegex(@"^Notes?\s*:")]
    private static partial Regex NoteRemark();

    [GeneratedRegex(@"^(?:[IVX]{1,6}\.|[A-H]\.|[a-z]\))\s+\p{Lu}")]
    private static partial Regex SectionMarker();
}
