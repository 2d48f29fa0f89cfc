using System.Text;
using System.Text.RegularExpressions;

namespace Serverless.Shared.Reading;

/// <summary>
/// Turns the lines of all pages into blocks. Works on the whole document because furniture is only
/// recognisable by repetition: a line in the top or bottom margin whose text, digits aside, recurs on
/// several pages is a running header or footer (<c>A/80/62</c>, <c>25-01234</c>, <c>5/20</c>), and so is one further
/// in, within the outer quarter of the page, that recurs at the same height on those pages (a footer of two lines
/// above a deep bottom margin, a confidentiality line set above the page number); a browser's
/// date and address lines and page numbers are known by their form, and so is a first or last line in small type
/// that names the document beside the page's own number, even on a page of its own. Footnotes are set apart by position and
/// type: in the lower half of the page, opened by a raised number (Word, LibreOffice, LaTeX) or by a number in
/// smaller type (UN documents), continued by the lines below them. The body lines of each page go to
/// <see cref="PdfBodyAssembler"/>, which joins them into paragraphs by geometry.
/// </summary>
internal static partial class PdfParagraphBuilder
{
    /// <summary>Share of the page height, from the top and from the bottom, where running furniture lives.</summary>
    private const double MarginShare = 0.1;

    /// <summary>Share of the page height, from each edge, where a line repeated at the same height is furniture.</summary>
    private const double RepeatedShare = 0.25;

    /// <summary>How far apart, in points, two pages may set the same running line (rounding of their layouts).</summary>
    private const double SameHeight = 2;

    /// <param name="firstPageHeader">
    /// Collects the running lines dropped from the top of the first page: a letterhead printed as a running header is
    /// furniture on every page, yet it may be the only place that names who wrote the document.
    /// </param>
    public static List<TextBlock> Build(IReadOnlyList<PdfPageLines> pages, List<string>? firstPageHeader = null)
    {
        var furniture = RepeatedMarginLines(pages);
        var placed = RepeatedPlacedLines(pages);
        var bodySize = BodyFontSize(pages);
        var sectionHeads = PdfSectionRunningHeads.Find(pages, bodySize);
        var assembler = new PdfBodyAssembler(bodySize);
        var blocks = new List<TextBlock>();
        var body = new List<PdfLine>();
        var notes = new List<PdfLine>();
        var documentSize = bodySize;
        // Read once, and only for a document with a numbered line in small type low on a page.
        var calls = new Lazy<HashSet<string>>(() => CalledNumbers(pages));
        var carried = new List<PdfLine>();
        // A marker alone at the foot of the page before, and the index of the paragraph it made there.
        (PdfLine Line, int Block)? footMarker = null;
        foreach (var page in pages)
        {
            body.Clear();
            notes.Clear();
            carried.Clear();
            PdfLine? lastNote = null;
            bodySize = PageBodySize(page, documentSize);
            var sheetLines = PdfImposedPages.SheetLines(page, bodySize);
            var unfinishedNote = UnfinishedNote(blocks);
            if (firstPageHeader is not null && ReferenceEquals(page, pages[0]))
            {
                firstPageHeader.AddRange(page.MarkedRunningLines.Where(line => IsHeaderLine(line, page, bodySize, pages.Count)).Select(line => line.Text.Trim()));
            }

            foreach (var line in page.Lines)
            {
                if (IsTypedRule(line) || sheetLines?.Contains(line) == true)
                {
                    continue;
                }

                var running = ((IsFurniture(line, page, furniture) || placed.Contains(line)) && !HeadsATable(line, page)) || IsNamedPageNumber(line, page, bodySize, pages.Count) ||
                              IsRunningSymbol(line, page) || IsAlternatingHeader(line, page, bodySize, pages.Count) || IsContentsEntry(line);
                if (running || sectionHeads.Contains(line))
                {
                    // A section's heading repeated atop the page names no author: only the other running lines are the
                    // first page's header.
                    if (running && firstPageHeader is not null && ReferenceEquals(page, pages[0]) && IsHeaderLine(line, page, bodySize, pages.Count))
                    {
                        firstPageHeader.Add(line.Text.Trim());
                    }

                    continue;
                }

                var small = line.FontSize < bodySize * 0.9;
                var lower = line.Top < page.Height * 0.5 || (small && OnlySmallTypeBelow(line, page, bodySize));
                var opensNote = lower && (line.NoteNumber is not null || (small && (FootnoteStart().IsMatch(line.Text) || NumberedNote(line, calls) is not null)));
                // A note goes on below its first line, in the same column, until the foot of the page or a new note.
                var continuesNote = lastNote is not null && line.Top <= lastNote.Bottom + lastNote.Height && line.Left < lastNote.Right && line.Right > lastNote.Left &&
                                    (small || line.FontSize <= lastNote.FontSize + 0.5) && line.Marker is null;
                if (opensNote || continuesNote)
                {
                    notes.Add(line);
                    lastNote = line;
                    continue;
                }

                // A note the page before left unfinished goes on at this page's foot, above its own notes, with nothing
                // but small type (and the page's footer) below.
                if (unfinishedNote >= 0 && notes.Count == 0 && small && line.Top < page.Height * 0.5 &&
                    page.Lines.All(other => other.Top >= line.Top || other.FontSize < bodySize * 0.9 || InMargin(other, page)))
                {
                    carried.Add(line);
                    continue;
                }

                body.Add(line);
            }

            if (carried.Count > 0)
            {
                blocks[unfinishedNote] = blocks[unfinishedNote] with { Text = JoinNote(blocks[unfinishedNote].Text, carried) };
            }

            if (footMarker is { } held && body.Count > 0 && PdfPageFootMarkers.Opens(held.Line, body[0]))
            {
                body[0] = PdfPageFootMarkers.Join(held.Line, body[0]);
                blocks.RemoveAt(held.Block);
            }

            var before = blocks.Count;
            assembler.Add(body, blocks, bodySize);
            footMarker = body.Count > 0 && blocks.Count > before && PdfPageFootMarkers.IsLoneMarker(body[^1]) &&
                         blocks[^1] is { Number: null } last && last.Text == body[^1].Text.Trim()
                ? (body[^1], blocks.Count - 1)
                : null;
            AddFootnotes(notes, blocks);
        }

        PdfPageBreakDivisions.Join(blocks);
        new PdfHyphenation(pages).SettleAll(blocks);
        DropRepeatedTableHeaders(blocks);
        PdfBracketedNotes.Apply(blocks);
        PdfListedEndnotes.Apply(blocks);
        return blocks;
    }

    /// <summary>A running line in the top quarter of the page that is more than its page number.</summary>
    private static bool IsHeaderLine(PdfLine line, PdfPageLines page, double bodySize, int pageCount) =>
        line.Top > page.Height * (1 - RepeatedShare) && !PageNumber().IsMatch(line.Text.Trim()) && !IsNamedPageNumber(line, page, bodySize, pageCount);

    /// <summary>
    /// A table's header row, repeated atop every page the table runs over (browsers repeat a table's head, word
    /// processors a row marked to repeat), recurs at one place as a running header does, yet heads the rows under it:
    /// a row of as many cells as the row just below it. It stays, and its repetitions go with the table's
    /// (<see cref="DropRepeatedTableHeaders"/>). A browser's own header line (date, title) is no table's head.
    /// </summary>
    private static bool HeadsATable(PdfLine line, PdfPageLines page)
    {
        if (line.CellLefts is not { Count: >= 2 } cells || PrinterLine().IsMatch(line.Text.Trim()))
        {
            return false;
        }

        var index = page.Lines.IndexOf(line);
        return index + 1 < page.Lines.Count && page.Lines[index + 1] is { CellLefts: { } below } next && below.Count == cells.Count &&
               next.Top < line.Bottom && line.Bottom - next.Top < line.Height * 2.5;
    }

    /// <summary>
    /// A table continued on the next page repeats its header row there (Word, LibreOffice): a row equal to the first
    /// row of the table it continues, on a later page, with only footnotes between, is that repetition.
    /// </summary>
    private static void DropRepeatedTableHeaders(List<TextBlock> blocks)
    {
        TextBlock? header = null;
        var kept = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.Table)
            {
                if (header is not null && block.Text == header.Text && block.Page > header.Page)
                {
                    continue;
                }

                header ??= block;
            }
            else if (block.Kind != BlockKind.Footnote)
            {
                header = null;
            }

            blocks[kept++] = block;
        }

        blocks.RemoveRange(kept, blocks.Count - kept);
    }

    /// <summary>
    /// The index of the last block read when it is a note whose text stops without a sentence's end (a full stop, a
    /// question or exclamation mark, a closing bracket or quotation mark after one): a long note the page could not
    /// hold, which the producer (LaTeX, Word, LibreOffice) runs on at the foot of the next page in the notes' type,
    /// without a number. Read there as body text, it stood as a paragraph the source does not have and the note
    /// stopped mid-sentence. -1 when there is none.
    /// </summary>
    private static int UnfinishedNote(List<TextBlock> blocks)
    {
        if (blocks.Count == 0 || blocks[^1] is not { Kind: BlockKind.Footnote } note)
        {
            return -1;
        }

        var text = note.Text.TrimEnd().TrimEnd(')', ']', '»', '"', '”', '’', '\'', ' ');
        return text.Length == 0 || text[^1] is '.' or '!' or '?' or '…' ? -1 : blocks.Count - 1;
    }

    private static string JoinNote(string text, List<PdfLine> lines)
    {
        var joined = new StringBuilder(text);
        foreach (var line in lines)
        {
            joined.Append(joined.Length > 0 && joined[^1] == '-' ? string.Empty : " ").Append(line.Text.Trim());
        }

        return joined.ToString();
    }

    private static void AddFootnotes(List<PdfLine> notes, List<TextBlock> blocks)
    {
        string? number = null;
        var text = new StringBuilder();
        var page = 0;

        void Flush()
        {
            if (text.Length > 0)
            {
                blocks.Add(new TextBlock(text.ToString(), BlockKind.Footnote, Number: number, Page: page));
            }

            text.Clear();
        }

        foreach (var note in notes)
        {
            if (note.NoteNumber is { } raised)
            {
                Flush();
                (number, page) = (raised, note.Page);
                text.Append(note.Text.Trim());
                continue;
            }

            if (note.Marker is not null && ListedNoteNumber().Match(note.Marker) is { Success: true } listed)
            {
                Flush();
                (number, page) = (listed.Groups["n"].Value, note.Page);
                text.Append(note.Text.Trim());
                continue;
            }

            if (FootnoteStart().Match(note.Text) is { Success: true } start)
            {
                Flush();
                (number, page) = (start.Groups["n"].Value, note.Page);
                text.Append(note.Text[start.Length..].Trim());
                continue;
            }

            text.Append(text.Length > 0 && text[^1] == '-' ? string.Empty : " ").Append(note.Text.Trim());
        }

        Flush();
    }

    private static HashSet<string> RepeatedMarginLines(IReadOnlyList<PdfPageLines> pages)
    {
        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            foreach (var key in page.Lines.Where(l => InMargin(l, page)).Select(l => Key(l.Text)).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var threshold = Math.Max(2, pages.Count / 3);
        return counts.Where(c => c.Value >= threshold).Select(c => c.Key).ToHashSet();
    }

    /// <summary>
    /// Lines in the outer quarter of a page whose text, digits aside, recurs on enough pages at the same distance from
    /// the same edge. Body text never repeats word for word at one place of several pages; a running header or footer
    /// does, wherever the producer's margins put it.
    /// </summary>
    private static HashSet<PdfLine> RepeatedPlacedLines(IReadOnlyList<PdfPageLines> pages)
    {
        var threshold = Math.Max(2, pages.Count / 3);
        var found = new HashSet<PdfLine>(ReferenceEqualityComparer.Instance);
        var candidates = pages
            .SelectMany(page => page.Lines.Select(line => (Page: page.Number, Line: line, Place: Place(line, page))))
            .Where(c => c.Place is not null && Repeatable(c.Line.Text))
            .GroupBy(c => (Key(c.Line.Text), c.Place!.Value.FromTop));
        foreach (var group in candidates)
        {
            // Sorted by distance from the edge, a window of 2 * SameHeight slides over the lines, counting the pages in it
            // (linear, however many lines share a text: a hostile PDF may repeat one on every page).
            var lines = group.OrderBy(c => c.Place!.Value.Distance).ToList();
            var pagesIn = new Dictionary<int, int>();
            int low = 0, high = 0;
            foreach (var (_, line, place) in lines)
            {
                var distance = place!.Value.Distance;
                for (; high < lines.Count && lines[high].Place!.Value.Distance <= distance + SameHeight; high++)
                {
                    pagesIn[lines[high].Page] = pagesIn.GetValueOrDefault(lines[high].Page) + 1;
                }

                for (; lines[low].Place!.Value.Distance < distance - SameHeight; low++)
                {
                    if (--pagesIn[lines[low].Page] == 0)
                    {
                        pagesIn.Remove(lines[low].Page);
                    }
                }

                if (pagesIn.Count >= threshold)
                {
                    found.Add(line);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A page number, text of three letters or more, or a line opening with a document symbol (<c>A/81/64</c>,
    /// <c>C26/41-F</c>: a UN running header, few letters): a number or list marker standing alone (<c>1.</c>, <c>a)</c>,
    /// <c>iv.</c>) may open paragraphs at the same height on several pages.
    /// </summary>
    private static bool Repeatable(string text) => PageNumber().IsMatch(text.Trim()) || text.Count(char.IsLetter) >= 3 || Symbol().IsMatch(text);

    /// <summary>A document symbol: capitals (and digits), a slash, more parts, a digit among them (<c>A/81/64</c>, <c>E/CN.16/2026/2</c>).</summary>
    [GeneratedRegex(@"^\s*\p{Lu}[\p{Lu}\d.]*/[\p{Lu}\d./-]*\d[\p{Lu}\d./-]*(?:\s|$)")]
    private static partial Regex Symbol();

    /// <summary>The edge a line of the outer quarter is near, and its distance from that edge; null for a line further in.</summary>
    private static (bool FromTop, double Distance)? Place(PdfLine line, PdfPageLines page)
    {
        var band = page.Height * RepeatedShare;
        if (page.Height - line.Top < band)
        {
            return (true, page.Height - line.Top);
        }

        return line.Bottom < band ? (false, line.Bottom) : null;
    }

    private static bool IsFurniture(PdfLine line, PdfPageLines page, HashSet<string> repeated)
    {
        if (!InMargin(line, page))
        {
            return false;
        }

        var text = line.Text.Trim();
        return repeated.Contains(Key(line.Text)) || PageNumber().IsMatch(text) || PrinterLine().IsMatch(text);
    }

    /// <summary>
    /// A footer or header that names the document or its author beside the page's own number (<c>Annual report – 1</c>,
    /// <c>Contribution | Page 1 of 1</c>), or a stamp number added to every page after the document was printed (a
    /// registry's or a court's Bates number, <c>WSIS-CSTD-004101</c>, alone or beside the page's own number:
    /// <c>- 1 - WSIS-CSTD-004101</c>), in smaller type than the body, the first or last line of the page and in its
    /// margin: furniture even on a one-page document, where it cannot recur. In the body's type too when it gives the
    /// page's number and the document's count of pages (<c>Contribution – page 1 of 1</c>, as rst2pdf sets its footer).
    /// </summary>
    private static bool IsNamedPageNumber(PdfLine line, PdfPageLines page, double bodySize, int pageCount)
    {
        var number = page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = line.Text.Trim();
        var named = NamedPageNumber().Match(text);
        var counted = named.Success && named.Groups["n"].Value == number &&
                      named.Groups["m"].Value == pageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // In the body's type only when its parts stand apart as a header's left, middle and right parts do (a table row:
        // "report.txt | Sun Dec 06 20:09:47 2026 | 1", as programs that print plain text set it), or when it counts the pages.
        if ((line.FontSize >= bodySize * 0.95 && !line.IsTableRow && !counted) || line.NoteNumber is not null || !InMargin(line, page))
        {
            return false;
        }

        if (!(named.Success && named.Groups["n"].Value == number) &&
            !(StampNumber().Match(text) is { Success: true } stamp && (!stamp.Groups["n"].Success || stamp.Groups["n"].Value == number)))
        {
            return false;
        }

        var lowest = true;
        var highest = true;
        foreach (var other in page.Lines)
        {
            lowest &= other.Bottom >= line.Bottom;
            highest &= other.Top <= line.Top;
        }

        return lowest || highest;
    }

    /// <summary>
    /// The numbers the text calls as raised footnote calls (<c>&lt;sup&gt;3&lt;/sup&gt;</c>), on any page; in a text that
    /// raises none, the numbers it glues to the punctuation ending a word (<c>the Summit.1</c>), as a stylesheet that
    /// sets its calls in the text's own type and place prints them (a CSS Paged Media polyfill's default call).
    /// </summary>
    private static HashSet<string> CalledNumbers(IReadOnlyList<PdfPageLines> pages)
    {
        var calls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in pages.SelectMany(p => p.Lines))
        {
            if (line.Text.Contains("<sup>", StringComparison.Ordinal))
            {
                foreach (Match call in RaisedCall().Matches(line.Text))
                {
                    calls.Add(call.Groups["n"].Value);
                }
            }
        }

        if (calls.Count == 0)
        {
            foreach (var line in pages.SelectMany(p => p.Lines))
            {
                foreach (Match call in PdfBracketedNotes.BaselineCallPattern.Matches(line.Text))
                {
                    calls.Add(call.Groups["n"].Value);
                }
            }
        }

        return calls;
    }

    /// <summary>
    /// A note set as an item of a numbered list (<c>1.</c> before its text), as a page printed from HTML or a program
    /// that sets no footnotes lists its notes after the text, under a heading: its number must be one the text calls
    /// as a raised call, so a numbered list in small type that no call names stays a list. The number may also stand
    /// bare, hung a tab's width before the note's text (<c>1    See ...</c>, KOMA-Script's <c>\deffootnote</c> and
    /// styles like it): read as a paragraph's tabbed number, it made the note a numbered paragraph of the text.
    /// </summary>
    private static string? NumberedNote(PdfLine line, Lazy<HashSet<string>> calls) =>
        line.Marker is not null && ListedNoteNumber().Match(line.Marker) is { Success: true } listed && calls.Value.Contains(listed.Groups["n"].Value)
            ? listed.Groups["n"].Value
            : null;

    [GeneratedRegex(@"^(?<n>\d{1,3})\.?$")]
    private static partial Regex ListedNoteNumber();

    [GeneratedRegex(@"<sup>(?<n>\d{1,3})</sup>")]
    private static partial Regex RaisedCall();

    /// <summary>
    /// Notes gathered at the end of a text (a program that sets no footnotes puts them after the last paragraph, under a
    /// short rule) stand wherever the text ended, high on a page too: a line in small type with nothing but small type
    /// below it on its page is in a page's foot as a note is.
    /// </summary>
    private static bool OnlySmallTypeBelow(PdfLine line, PdfPageLines page, double bodySize) =>
        page.Lines.All(other => other.Top >= line.Top || other.FontSize < bodySize * 0.9);

    /// <summary>
    /// A UN or ITU document prints its symbol alone atop every page but the first (<c>E/CN.16/2026/CRP.3</c>,
    /// <c>C26/71-E</c>), so a two-page document shows it once and it cannot recur: a page after the first whose highest
    /// line, in the top margin, is a symbol and nothing else opens with its running header. On the first page the symbol
    /// belongs to the title block.
    /// </summary>
    private static bool IsRunningSymbol(PdfLine line, PdfPageLines page) =>
        page.Number > 1 && line.Bottom > page.Height * (1 - MarginShare) && LoneSymbol().IsMatch(line.Text)
        && page.Lines.All(other => other.Top <= line.Top);

    [GeneratedRegex(@"^\s*\p{Lu}[\p{Lu}\d.]*/[\p{Lu}\d./-]*\d[\p{Lu}\d./-]*\s*$")]
    private static partial Regex LoneSymbol();

    /// <summary>
    /// An entry of a table of contents: its title, a leader of dots and the page it starts on (<c>Introduction . . . . 1</c>,
    /// the page number in a cell of its own when the leader stops short of it). It repeats a heading of the text, which
    /// the text gives where it stands; as a paragraph it would be the heading twice, with the page's number.
    /// </summary>
    /// <remarks>
    /// The pattern tries a leader after every letter of the line; a leader holds two dots at most a space apart, so a
    /// line without them (nearly every line of a document) is settled without it: tried on every line, it was a tenth
    /// of a 133-page report's reading.
    /// </remarks>
    private static bool IsContentsEntry(PdfLine line) =>
        line.Marker is null && HasLeaderDots(line.Text) && ContentsEntry().IsMatch(line.Text);

    private static bool HasLeaderDots(string text)
    {
        for (var dot = text.IndexOf('.'); dot >= 0 && dot + 1 < text.Length; dot = text.IndexOf('.', dot + 1))
        {
            if (text[dot + 1] == '.' || (char.IsWhiteSpace(text[dot + 1]) && dot + 2 < text.Length && text[dot + 2] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\p{L}.*?(?:\.\s?){4,}\s*(?:\|\s*)?(?:\d{1,4}|[ivxlc]{1,6})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentsEntry();

    /// <summary>
    /// A booklet printed on both sides changes its running header between odd and even pages (the title on the left
    /// pages, the author on the right ones) and leaves it off the first page, so a short document shows each text once
    /// and neither recurs: a page after the first whose highest line, in the top margin, is set smaller than the body
    /// and stands apart from the text under it (a line's height and a half or more) opens with its running header. A
    /// line ending as a sentence or clause does (the tail of a note run over from the page before) is text.
    /// A document of one page, whose running header cannot recur either, is read the same way: report generators and PDF
    /// libraries draw their header on every page, the first too (the organisation's name or the document's symbol over
    /// a rule: TCPDF, FOP, PDFBox, iText, PDF::API2, gofpdf, react-pdf), and on a page of its own it stood as the text's
    /// first paragraph. A letterhead in the body's type, or close above the text, stays text; one in small type apart
    /// atop the page still names the author, as the first page's header (<see cref="Build"/>).
    /// </summary>
    private static bool IsAlternatingHeader(PdfLine line, PdfPageLines page, double bodySize, int pageCount)
    {
        if ((page.Number == 1 && pageCount > 1) || line.Bottom <= page.Height * (1 - MarginShare) || line.FontSize >= bodySize * 0.9 || line.NoteNumber is not null ||
            line.IsTableRow || line.Text.Count(char.IsLetter) < 3 || line.Text.TrimEnd() is [.., '.' or ',' or ';' or ':'])
        {
            return false;
        }

        var next = double.MinValue;
        foreach (var other in page.Lines)
        {
            if (other.Top > line.Top)
            {
                return false;
            }

            if (!ReferenceEquals(other, line) && other.Top < line.Bottom)
            {
                next = Math.Max(next, other.Top);
            }
        }

        return line.Bottom - next >= line.Height * 1.5;
    }

    /// <summary>
    /// A rule typed with characters (<c>------ ------</c> under a plain-text table's header, <c>=====</c> under a title):
    /// drawing, not text.
    /// </summary>
    private static bool IsTypedRule(PdfLine line) => line.Marker is null && TypedRule().IsMatch(line.Text);

    [GeneratedRegex(@"^[\s|+:]*[-=_~*]{3,}[-=_~*\s|+:]*$")]
    private static partial Regex TypedRule();

    private static bool InMargin(PdfLine line, PdfPageLines page) =>
        line.Bottom > page.Height * (1 - MarginShare) || line.Top < page.Height * MarginShare;

    /// <summary>Digits vary from page to page (page numbers), so they are folded.</summary>
    private static string Key(string text) => Digits().Replace(text.Trim(), "#");

    /// <summary>
    /// The body type of one page: the document's, but on a page whose lines in that type are only short ones (headings
    /// of another part's hierarchy) and which has a page's worth of text in a type of its own, that type. A PDF joined
    /// from documents of several producers (a covering letter and its report, a report and an annex printed by another
    /// program) sets each part in its own type: measured against the other part's body size, none of its lines was body
    /// text, so every line stood short of the column and ended its paragraph. A page of notes or of a table in smaller
    /// type still has full body lines above them.
    /// </summary>
    private static double PageBodySize(PdfPageLines page, double documentSize)
    {
        const int PageOfText = 600;
        double left = double.MaxValue, right = double.MinValue;
        var characters = 0;
        foreach (var line in page.Lines)
        {
            left = Math.Min(left, line.Left);
            right = Math.Max(right, line.Right);
            characters += line.Text.Length;
        }

        if (characters < PageOfText || page.Lines.Any(l => Math.Abs(l.FontSize - documentSize) < 0.5 && l.Right - l.Left > (right - left) / 2))
        {
            return documentSize;
        }

        var own = BodyFontSize([page]);
        var inOwn = page.Lines.Where(l => Math.Abs(l.FontSize - own) < 0.5).Sum(l => l.Text.Length);
        return inOwn < PageOfText ? documentSize : own;
    }

    private static double BodyFontSize(IReadOnlyList<PdfPageLines> pages)
    {
        var sizes = pages.SelectMany(p => p.Lines)
            .GroupBy(l => Math.Round(l.FontSize * 2) / 2)
            .OrderByDescending(g => g.Sum(l => l.Text.Length))
            .FirstOrDefault();
        return sizes?.Key ?? 10;
    }

    /// <summary>A footnote's number and the space after it; the text starts right after the match (its first letter is not part of it).</summary>
    /// <summary>
    /// A note's number opening its line: digits, or Unicode's superscript digits (<c>¹ See ...</c>) as a program that
    /// cannot raise part of a line sets them; those are kept as written in the note's number, for
    /// <see cref="PdfBracketedNotes"/> to answer the calls written the same way.
    /// </summary>
    [GeneratedRegex(@"^\s*(?<n>\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s+(?=\S)")]
    private static partial Regex FootnoteStart();

    /// <summary>
    /// A page's number alone (<c>7</c>, <c>- 7 -</c>, <c>Page 7 of 9</c>, <c>7/9</c>), or in small Roman figures as
    /// front matter numbers its pages (<c>iv</c>: a table of contents or preface before page 1, as HTMLDOC's book mode
    /// and LaTeX's front matter set them). A capital Roman figure alone is left: it numbers a heading.
    /// </summary>
    [GeneratedRegex(@"^(?:-\s*)?(?:page\s+)?(?:\d{1,4}|(?-i:(?=[ivxl])l?x{0,3}(?:ix|iv|v?i{0,3})))(?:\s*(?:/|of|sur)\s*\d{1,4})?(?:\s*-)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    /// <summary>Words, then a dash, bar or "page" before a number (and its count): <c>Report – 2</c>, <c>Report | Page 2 of 5</c>.</summary>
    [GeneratedRegex(@"^\p{L}.{0,80}?(?:\s*[-–—|·]\s*(?:(?:page|p\.)\s*)?|\s+(?:page|p\.)\s*)(?<n>\d{1,4})(?:\s*(?:/|of|sur|de)\s*(?<m>\d{1,4}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedPageNumber();

    /// <summary>A stamp number (capitals, then figures, parts joined by hyphens, full stops or underscores: <c>ABC-000123</c>), the page's own number before it or after it.</summary>
    [GeneratedRegex(@"^(?:[-–—]\s*)?(?:(?<n>\d{1,4})\s*[-–—|]?\s+)?\p{Lu}{2,}[\p{Lu}\d]*(?:[-_.][\p{Lu}\d]+)*[-_.]?\d{4,}(?:\s+[-–—|]?\s*(?<n>\d{1,4})(?:\s*[-–—])?)?$")]
    private static partial Regex StampNumber();

    /// <summary>What a browser prints in the margins: the date and time (<c>12/5/26, 11:35 PM</c>), the page's address.</summary>
    [GeneratedRegex(@"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}|^\S*://\S*(?:\s+\d{1,4}\s*/\s*\d{1,4})?$")]
    private static partial Regex PrinterLine();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
