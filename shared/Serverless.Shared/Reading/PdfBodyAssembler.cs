using System.Text;
using System.Text.RegularExpressions;

namespace Serverless.Shared.Reading;

/// <summary>
/// Joins the body lines of a page into paragraphs by geometry, whatever printed the PDF. A line starts a new
/// paragraph when
/// <list type="bullet">
/// <item>it is further from the one before than the usual line spacing for its type size;</item>
/// <item>it opens with a list marker or a paragraph number (its continuation lines, aligned on the text after the
/// marker, stay with it: a hanging indent is not a new paragraph);</item>
/// <item>it is indented further than the text of the line before (a first-line indent);</item>
/// <item>the line before stopped short: the first word of this one would have fitted at its end, so that line
/// ended a paragraph (a list item without a printed bullet, the last line of a paragraph), unless, on a page that
/// parts its paragraphs with space, it follows at the line spacing and goes on in lower case after a word (a ragged
/// line a web page's printer broke early);</item>
/// <item>it is set wholly in italics without final punctuation after an upright line that ended a clause (an ITU
/// lead-in, <c>considering</c>, under an item whose last line is full);</item>
/// <item>its type changes between heading and body, or from one heading size to another. Headings are larger
/// type, or bold short lines without final punctuation; the lines of one heading, same size and close (within
/// 1.2 of its type size, and not clearly further apart than the lines of that heading or, for headings of one line,
/// of the document's earlier headings of that size), stay one,
/// a centred title's shorter lines too (they start further right, yet are not indented).</item>
/// </list>
/// A body line of closing punctuation alone (<c>;</c>, wrapped after the space French sets before it) never does.
/// Rows of a table (lines with two or more wide gaps) are kept apart, one block each. A list whose items end with
/// a back-reference arrow (<c>↩</c>) is the endnotes of a page printed from HTML: its items are footnotes.
/// </summary>
internal sealed partial class PdfBodyAssembler(double bodySize)
{
    private readonly StringBuilder _text = new();

    /// <summary>The closest the lines of one heading have followed each other so far, by type size (the document's style).</summary>
    private readonly Dictionary<double, double> _headingLineGaps = [];

    /// <summary>The same, for a page set in a body type of its own (<paramref name="pageBodySize"/>): a part of a joined document.</summary>
    public void Add(List<PdfLine> lines, List<TextBlock> blocks, double pageBodySize)
    {
        bodySize = pageBodySize;
        Add(lines, blocks);
    }

    public void Add(List<PdfLine> lines, List<TextBlock> blocks)
    {
        var columns = Columns(lines);
        var spacing = TypicalGap(lines, columns) / bodySize;
        var spaced = PartsParagraphsWithSpace(lines, spacing, bodySize);
        PdfLine? previous = null;
        var heading = false;
        double? headingGap = null;
        string? number = null;
        var listItem = false;
        int? page = null;

        void Flush()
        {
            if (_text.Length > 0 && page is not null)
            {
                blocks.Add(Block(_text.ToString(), heading, number, listItem, page.Value));
            }

            _text.Clear();
        }

        var table = new PdfTableRow();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsTableRow)
            {
                Flush();
                table.Flush(blocks);
                table.Start(line);
                previous = null;
                continue;
            }

            if (table.TryContinue(line))
            {
                continue;
            }

            table.Flush(blocks);
            var isHeading = line.FontSize > bodySize * 1.15 || (line.Bold && line.Text.Length < 120 && !EndsSentence(line.Text) && line.Marker is null);

            // No heading opens in the middle of a sentence: a bold line of body size that goes on, at the line spacing and
            // from the same edge, from a full line that ended no sentence is that paragraph's bold words.
            if (!heading && isHeading && previous is not null && line.FontSize <= bodySize * 1.15 &&
                GoesOnAnUnfinishedLine(previous, columns[i - 1], line, spacing))
            {
                isHeading = false;
            }

            // A paragraph set in bold body type reads as a heading until a line ends its sentence; when the lines before
            // filled the measure and this one goes on from their edge, they were that paragraph's first lines.
            if (heading && !isHeading && previous is not null && ContinuesABoldParagraph(previous, columns[i - 1], line))
            {
                heading = false;
            }

            // A list item's text goes on in the next column where that column's items hang their text.
            var hangs = line.Marker is null && (number is not null || listItem) && HangsUnderAMarker(lines, line);
            if (previous is null || StartsNew(previous, columns[i - 1], line, columns[i], isHeading, heading, spacing, hangs, spaced) ||
                (heading && isHeading && ApartFromItsNeighbours(previous, line, i + 1 < lines.Count ? lines[i + 1] : null, headingGap)))
            {
                Flush();
                headingGap = null;
                heading = isHeading;
                page = line.Page;
                // "(a)" as UN resolutions letter sub-paragraphs, like "a)": a letter or number is a number, a bullet is not.
                number = line.Marker is { } m && m.TrimStart('(') is { Length: > 0 } core && char.IsLetterOrDigit(core[0]) ? m.Trim('(', ')', '.') : null;
                listItem = line.Marker is not null && number is null;
            }
            else
            {
                Join(_text, line.Text);
                headingGap = heading ? previous.Bottom - line.Top : null;
                if (headingGap is >= 0 and var joined)
                {
                    var key = SizeKey(line.FontSize);
                    _headingLineGaps[key] = Math.Min(joined, _headingLineGaps.GetValueOrDefault(key, double.MaxValue));
                }
            }

            if (_text.Length == 0)
            {
                _text.Append(line.Text.Trim());
            }

            previous = line;
        }

        Flush();
        table.Flush(blocks);
    }

    /// <summary>
    /// Two headings of one size one above the other, set closer than 1.2 of their type size (a program's title over two
    /// lines, then a subtitle a paragraph's space below it): the gap between them is clearly wider than the gap between
    /// the lines of either heading, the one before this line or the one after it. Lines of one heading follow at one
    /// spacing, however wide a page's style sets it; two headings of one line each are compared with the lines of the
    /// document's earlier headings of that size.
    /// </summary>
    private bool ApartFromItsNeighbours(PdfLine previous, PdfLine line, PdfLine? next, double? gapBefore)
    {
        if (Math.Abs(line.FontSize - previous.FontSize) > 0.5)
        {
            return false;
        }

        var gap = previous.Bottom - line.Top;
        var nextGap = next is not null && Math.Abs(next.FontSize - line.FontSize) <= 0.5 && next.Bold == line.Bold && next.Top < line.Bottom
            ? line.Bottom - next.Top
            : (double?)null;
        var closest = new[] { gapBefore, nextGap }.Where(g => g is >= 0).Select(g => g!.Value).DefaultIfEmpty(double.NaN).Min();
        if (double.IsNaN(closest) && _headingLineGaps.TryGetValue(SizeKey(line.FontSize), out var earlier))
        {
            closest = earlier;
        }

        return !double.IsNaN(closest) && gap > closest * 1.5 + line.FontSize * 0.15;
    }

    /// <summary>
    /// A heading whose number stands a tab before its text (<c>81/215.&lt;TAB&gt;Information and communications ...</c>)
    /// goes on under its text, as a hanging indent.
    /// </summary>
    private static bool HangsUnderTheTab(PdfLine previous, PdfLine line) => previous.TabLeft is { } tab && Math.Abs(line.Left - tab) <= 1;

    /// <summary>
    /// A heading whose number hangs in the margin, left of the edge its text and the page's text keep (UN reports and
    /// legal texts: <c>81/215.</c> or <c>III.</c> out in the margin, <c>Information and communications ...</c> from the
    /// edge), goes on at that edge: under its number's end, or under the short gap after it, not under its first letter.
    /// </summary>
    private static bool GoesOnPastAHungNumber(PdfLine previous, PdfLine line, double em) =>
        HeadingNumber().IsMatch(previous.Text) && line.Left > previous.Left && line.Left <= previous.Left + previous.FirstWordWidth + em;

    [GeneratedRegex(@"^\s*(?:\d{1,3}(?:[./]\d{1,4})*\.|[IVX]{1,6}\.|[A-H]\.)\s")]
    private static partial Regex HeadingNumber();

    private static double SizeKey(double fontSize) => Math.Round(fontSize * 2) / 2;

    private bool StartsNew(PdfLine previous, (double Left, double Right) previousColumn, PdfLine line, (double Left, double Right) column,
        bool isHeading, bool heading, double spacing, bool hangs, bool spaced)
    {
        // Punctuation alone on a line (French sets a space before ";", and a printer may wrap there) opens nothing.
        if (!heading && !isHeading && line.Marker is null && PunctuationOnly().IsMatch(line.Text))
        {
            return false;
        }

        if (isHeading != heading || line.Marker is not null || NumberedStart().IsMatch(line.Text))
        {
            return true;
        }

        if (heading && Math.Abs(line.FontSize - previous.FontSize) > 0.5)
        {
            return true;
        }

        var size = Math.Max(line.FontSize, previous.FontSize);
        var em = Math.Max(bodySize, line.FontSize);
        var sameColumn = line.Top <= previous.Bottom + previous.Height * 0.5;
        if (!sameColumn)
        {
            // The next column, or a line set beside: a paragraph goes on there unless indented or after a finished line
            // or sentence. (An indent is measured from each line's column, against the one the line before had in its own;
            // a list item's continuation that starts where that column's items hang their text is no indent, wherever
            // the column's edge was taken from: a table set further out than the items moves it.)
            return (line.Left - column.Left > previous.BodyLeft - previousColumn.Left + em * 0.8 && !hangs) || StoppedShort(previous, previousColumn, line) ||
                   EndsSentence(previous.Text);
        }

        // Two headings one above the other (a "Report of the Secretary-General" line above the title) are apart by more
        // than the lines of one heading, which follow at its own line spacing (under an em between the lines' glyphs).
        // Measured on the heading's type, since a first page of short lines (a title block) gives no body line spacing.
        // A paragraph's last line holding a raised call may be set lower by the call's raise: measured from the call too.
        return Math.Min(previous.Bottom - line.Top, previous.Bottom - (line.EndCallTop ?? line.Top)) > spacing * size * 1.6 + 1 ||
               (heading && previous.Bottom - line.Top > size * 1.2) ||
               (!heading && IsLeadIn(previous, line)) ||
               (line.Left > previous.BodyLeft + em * 0.8 &&
                !(heading && (Centred(previous, line, em) || FlushRight(previous, line, em) || HangsUnderTheTab(previous, line) || GoesOnPastAHungNumber(previous, line, em)))) ||
               (!heading && StoppedShort(previous, previousColumn, line) && !(spaced && WrappedEarly(previous, line)));
    }

    /// <summary>
    /// A ragged line broken before it was full, where the page parts its paragraphs with space: the next line follows at
    /// the line spacing, in the same type and face and from the same edge, and goes on with a word in lower case after a
    /// line that ended on a word, not on punctuation. A web page's printer may break a line short of the column (dompdf's
    /// metrics of the base-14 fonts' accented letters are wrong: French lines stop a word or two short); a paragraph's
    /// real end there leaves a space, or ends on punctuation, or the next one opens with a capital, a number or a marker
    /// (an ITU lead-in in italics over its clause in upright type changes face).
    /// </summary>
    private static bool WrappedEarly(PdfLine previous, PdfLine line) =>
        line.Marker is null && line.Text.TrimStart() is { Length: > 0 } next && char.IsLower(next[0]) &&
        previous.Text.TrimEnd() is { Length: > 0 } before && char.IsLetterOrDigit(before[^1]) &&
        Math.Abs(line.FontSize - previous.FontSize) < 0.5 && line.Italic == previous.Italic && line.Bold == previous.Bold &&
        Math.Abs(line.Left - previous.BodyLeft) < 1;

    /// <summary>
    /// Some two lines of the page, one under the other in a column, are further apart than the line spacing: the page
    /// parts its paragraphs with space.
    /// </summary>
    private static bool PartsParagraphsWithSpace(List<PdfLine> lines, double spacing, double bodySize)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            var gap = lines[i - 1].Bottom - lines[i].Top;
            if (gap >= 0 && gap < bodySize * 4 && Math.Abs(lines[i].FontSize - bodySize) < 1 && Math.Abs(lines[i - 1].FontSize - bodySize) < 1 &&
                gap > spacing * bodySize * 1.6 + 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An ITU lead-in (<c>considering</c>, <c>instructs the Secretary-General</c>) stands in italics on a line of its own
    /// after an item that ends with its comma or semicolon: where that item's last line is full and no space parts
    /// paragraphs, nothing else tells them apart. An italic title wrapped inside a sentence follows no clause's end.
    /// </summary>
    private static bool IsLeadIn(PdfLine previous, PdfLine line) =>
        line.Italic && !previous.Italic && line.Marker is null && line.Text.Length > 0 && !EndsClause(line.Text) &&
        EndsClause(TrailingCall().Replace(previous.Text, ""));

    private static bool EndsClause(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is ',' or ';' or ':' or '.';

    /// <summary>A footnote call at the end of a line (<c>time,&lt;sup&gt;2&lt;/sup&gt;</c>).</summary>
    [GeneratedRegex(@"(?:<sup>\d+</sup>\s*)+$")]
    private static partial Regex TrailingCall();

    /// <summary>
    /// <paramref name="line"/>, in bold body type, goes on from the bold line before it, which filled its column and was
    /// of the same type: a bold paragraph (a document's opening notice), not a heading over one.
    /// </summary>
    private bool ContinuesABoldParagraph(PdfLine previous, (double Left, double Right) column, PdfLine line) =>
        previous.Bold && line.Bold && line.Marker is null &&
        previous.FontSize <= bodySize * 1.15 && Math.Abs(line.FontSize - previous.FontSize) <= 0.5 &&
        Math.Abs(line.Left - previous.Left) < 1 && line.Top <= previous.Bottom + previous.Height * 0.5 &&
        !StoppedShort(previous, column, line);

    /// <summary>
    /// <paramref name="line"/> follows <paramref name="previous"/> at the line spacing of its type and from its edge, and
    /// <paramref name="previous"/> filled its column and broke off after a word or a comma (not after a note's call or a
    /// number, which a label beside the text may follow): the two are lines of one sentence.
    /// </summary>
    private bool GoesOnAnUnfinishedLine(PdfLine previous, (double Left, double Right) column, PdfLine line, double spacing) =>
        previous.Marker is null && previous.Text.TrimEnd() is { Length: > 0 } text && (char.IsLetter(text[^1]) || text[^1] == ',') &&
        Math.Abs(line.FontSize - previous.FontSize) <= 0.5 &&
        Math.Abs(line.Left - previous.Left) < 1 && line.Top <= previous.Bottom + previous.Height * 0.5 &&
        previous.Bottom - line.Top <= spacing * Math.Max(line.FontSize, previous.FontSize) * 1.6 + 1 &&
        !StoppedShort(previous, column, line);

    /// <summary>A line of the page opens with a marker and sets its text where <paramref name="line"/> starts (a hanging indent).</summary>
    private static bool HangsUnderAMarker(List<PdfLine> lines, PdfLine line)
    {
        foreach (var other in lines)
        {
            if (other.Marker is not null && !ReferenceEquals(other, line) && Math.Abs(other.BodyLeft - line.Left) < 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Two lines share their middle: a centred title wrapped over lines, whose shorter lines start further right
    /// without being indented.
    /// </summary>
    private static bool Centred(PdfLine previous, PdfLine line, double em) =>
        Math.Abs((line.Left + line.Right) / 2 - (previous.Left + previous.Right) / 2) < em;

    /// <summary>
    /// Two lines end at one right edge: a title set flush right and ragged on the left (Sphinx's title block), whose
    /// shorter lines start further right without being indented.
    /// </summary>
    private static bool FlushRight(PdfLine previous, PdfLine line, double em) => Math.Abs(line.Right - previous.Right) < em * 0.1;

    /// <summary>
    /// The first word of <paramref name="line"/> (and a space) would have fitted at the end of <paramref name="previous"/>:
    /// within its column, or within the panel it stands in. Not in a justified block set in from both sides of the
    /// column (a quotation, a box without a frame: LaTeX's <c>quote</c>), whose full lines start and end together, short
    /// of the column's edge.
    /// </summary>
    private static bool StoppedShort(PdfLine previous, (double Left, double Right) column, PdfLine line) =>
        previous.Right + line.FirstWordWidth + previous.FontSize * 0.6 < Math.Min(column.Right, previous.PanelRight ?? double.MaxValue) &&
        !(previous.Left > column.Left + previous.FontSize && Math.Abs(line.Left - previous.Left) < 1 && Math.Abs(line.Right - previous.Right) < 2);

    private static TextBlock Block(string text, bool heading, string? number, bool listItem, int page)
    {
        if (EndNote().Match(text) is { Success: true } arrow)
        {
            return new TextBlock(text[..arrow.Index].TrimEnd(), BlockKind.Footnote, Number: number, Page: page);
        }

        if (heading)
        {
            // A heading keeps its number in its text, as the other formats give it ("1. Introduction").
            return new TextBlock(number is null ? text : $"{number}. {text}", BlockKind.Heading, 1, Page: page);
        }

        return new TextBlock(text, listItem ? BlockKind.ListItem : BlockKind.Paragraph, listItem ? 1 : 0, number, page);
    }

    /// <summary>
    /// The left and right edges of the text around each line: the extremes of the body-size lines that overlap it
    /// horizontally, so that each column of a two-column page has its own.
    /// </summary>
    private (double Left, double Right)[] Columns(List<PdfLine> lines)
    {
        var columns = new (double, double)[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            double left = lines[i].Left, right = lines[i].Right;
            foreach (var other in lines)
            {
                if (Math.Abs(other.FontSize - bodySize) < 1 && !other.IsTableRow && other.Left < lines[i].Right && other.Right > lines[i].Left)
                {
                    left = Math.Min(left, other.Left);
                    right = Math.Max(right, other.Right);
                }
            }

            columns[i] = (left, right);
        }

        return columns;
    }

    /// <summary>
    /// Joins a wrapped line. A soft hyphen is a word divided at the line end and goes. A hyphen after a letter, before
    /// a letter, is kept without a space and marked (<see cref="LineEndHyphen"/>): UN texts are set without word
    /// division, so there it belongs to a compound (<c>Secretary-General</c>, <c>multi-stakeholder</c>), while LaTeX and
    /// word processors divide words; <see cref="PdfHyphenation"/> decides once the whole document's words are known.
    /// </summary>
    internal static void Join(StringBuilder text, string line)
    {
        line = line.Trim();
        if (text.Length == 0 || line.Length == 0)
        {
            text.Append(line);
            return;
        }

        if (text[^1] == '\u00AD')
        {
            text.Length--;
        }
        else if (text[^1] == '-' && text.Length > 1 && char.IsLetter(text[^2]) && line.Length > 0 && char.IsLetter(line[0]))
        {
            text.Append(LineEndHyphen);
        }
        else if (!(text[^1] is '-' or '/' && text.Length > 1 && char.IsLetterOrDigit(text[^2]) && line.Length > 0 && char.IsLower(line[0])))
        {
            text.Append(' ');
        }

        text.Append(line);
    }

    /// <summary>Follows a hyphen that ended a line, until <see cref="PdfHyphenation"/> keeps the hyphen or removes both.</summary>
    public const char LineEndHyphen = '\uE000';

    /// <summary>
    /// The space between the lines of a paragraph, in points: the lower quartile of the gaps between body lines, or
    /// the median gap under a wrapped line when that is smaller.
    /// </summary>
    private double TypicalGap(List<PdfLine> lines, (double Left, double Right)[] columns)
    {
        var gaps = new List<double>();
        var wrapped = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var gap = lines[i - 1].Bottom - lines[i].Top;
            if (gap >= 0 && Math.Abs(lines[i].FontSize - bodySize) < 1)
            {
                gaps.Add(gap);
                if (Math.Abs(lines[i - 1].FontSize - bodySize) < 1 && !lines[i - 1].IsTableRow && !lines[i].IsTableRow && lines[i].Marker is null &&
                    !StoppedShort(lines[i - 1], columns[i - 1], lines[i]))
                {
                    wrapped.Add(gap);
                }
            }
        }

        if (gaps.Count == 0)
        {
            return bodySize * 0.2;
        }

        // The lower quartile: short documents have nearly as many paragraph breaks as wrapped lines. A page of short
        // paragraphs (a resolution's title block and preamble) has more breaks than that, so a line too full for the
        // next line's first word, which the next line continues but for the odd paragraph whose last line is full,
        // measures it better.
        gaps.Sort();
        var quartile = gaps[gaps.Count / 4];
        if (wrapped.Count < 3)
        {
            return quartile;
        }

        wrapped.Sort();
        return Math.Min(quartile, wrapped[wrapped.Count / 2]);
    }

    private static bool EndsSentence(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is '.' or ':' or ';' or '!' or '?';

    [GeneratedRegex(@"^\s*[;:,.!?»)\]]+\s*(?:<sup>\d+</sup>\s*)*$")]
    private static partial Regex PunctuationOnly();

    [GeneratedRegex(@"^\s*(?:\d{1,3}(?:\.\d{1,2})*\.|[a-z]\)|[IVX]{1,5}\.|[A-H]\.)\s")]
    private static partial Regex NumberedStart();

    /// <summary>The back-reference arrow HTML converters put at the end of an endnote (U+21A9, maybe with a text-style selector).</summary>
    [GeneratedRegex(@"\s*↩\uFE0E?\s*$")]
    private static partial Regex EndNote();
}
