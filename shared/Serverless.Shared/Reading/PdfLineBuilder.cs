using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Rebuilds the lines of one PDF page from its words: words that overlap vertically by half the smaller height form
/// a line. On each line, a raised smaller number is a footnote call (or, first on the line, a footnote's own number),
/// a marker first on the line (<c>1.</c>, <c>a)</c>, <c>•</c>) is set apart from the text it opens, and gaps of nearly an
/// em or more between words make a table row. A page with a clear vertical gutter in its middle third is read as two
/// columns, left column first, which is the reading order of UN two-column layouts.
/// </summary>
internal static partial class PdfLineBuilder
{
    /// <summary>The lines of a page, read from its letters turned upright (<see cref="PdfUprightPage"/>).</summary>
    public static List<PdfLine> Build(Page page, PdfUprightPage upright) => Build(page, upright, null, out _);

    /// <summary>
    /// The same, the page's line numbers left out (<see cref="PdfLineNumbers"/>): those of a column found on the page, told
    /// in <paramref name="lineNumbers"/>, or those aligned on the column of the document's other pages (<paramref name="known"/>).
    /// </summary>
    public static List<PdfLine> Build(Page page, PdfUprightPage upright, PdfLineNumbers.Column? known, out PdfLineNumbers.Column? lineNumbers)
    {
        var words = PdfWordExtractor.Instance.GetWords(PdfTextLayerCells.Spread(PdfGlyphBoxes.Repair(PdfMinusHyphens.Repair(PdfWindowsCodes.Repair(PdfSymbolBullets.Repair(PdfSwappedMappings.Repair(PdfStampedText.Remove(upright.Letters)))))))).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        words = PdfLineNumbers.Remove(words, known, out lineNumbers);
        if (words.Count == 0)
        {
            return [];
        }

        words = PdfMarginNotes.Remove(words, upright.Width, upright.Height, MedianSize(words));

        var gutter = FindGutter(words, upright.Width, upright.Height);
        List<PdfLine> lines;
        if (gutter is null && PdfSpanningColumns.Order(words, upright.Width, upright.Height) is { } groups)
        {
            lines = groups.SelectMany(g => Side(g, upright.Height, page.Number, 0)).ToList();
        }
        else if (gutter is { } x)
        {
            // Words in the page's top and foot margins (where no gutter is looked for) set in smaller type than most of
            // the page's are its running header and footer, read before and after the columns: a header set above the
            // right column only would otherwise open that column, inside the paragraph that runs on from the foot of the
            // left one, and a centred footer would be cut in two at the gutter.
            var size = MedianSize(words);
            var top = words.Where(w => IsInTopMargin(w, upright.Height) && SizeOf(w) < size * 0.9).ToList();
            var foot = words.Where(w => IsInFootMargin(w, upright.Height) && !IsInTopMargin(w, upright.Height) && SizeOf(w) < size * 0.9).ToList();
            var body = top.Count + foot.Count == 0 ? words : words.Where(w => !((IsInTopMargin(w, upright.Height) || IsInFootMargin(w, upright.Height)) && SizeOf(w) < size * 0.9)).ToList();
            lines = [.. Lines(top, page.Number), .. SplitAt(body, x, upright.Height, page.Number), .. Lines(foot, page.Number)];
        }
        else
        {
            lines = Lines(words, page.Number);
        }

        MarkDrawnBullets(page, upright, lines);
        MarkPanels(page, upright, lines);
        PdfLoneMarkers.Join(lines);
        return lines;
    }

    /// <summary>More large shapes than this on a page make a drawing, not boxes of text (<see cref="MarkPanels"/>).</summary>
    private const int MaxPanels = 200;

    /// <summary>
    /// A box of text in the flow (a framed or shaded panel: "Box 1" in a report) is drawn as a rectangle around its
    /// lines, narrower than the column: its lines wrap at the panel's inner edge, which each line of it is given
    /// (<see cref="PdfLine.PanelRight"/>), the padding on the right taken as wide as its lines keep on the left. A
    /// rectangle holding no line or one line only (a table's cell, a rule, a picture's frame) marks nothing.
    /// </summary>
    private static void MarkPanels(Page page, PdfUprightPage upright, List<PdfLine> lines)
    {
        var boxes = new List<UglyToad.PdfPig.Core.PdfRectangle>();
        foreach (var path in page.Paths)
        {
            if (path.GetBoundingRectangle() is { } drawn && upright.Map(drawn) is { Width: > 72, Height: > 24 } box)
            {
                boxes.Add(box);
            }
        }

        // Each shape is measured against every line: a page of hundreds is a drawing, and costs no more than that.
        if (boxes.Count > MaxPanels)
        {
            return;
        }

        foreach (var box in boxes)
        {

            List<int>? inside = null;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (!line.IsTableRow && line.Left >= box.Left && line.Right <= box.Right + 1 && line.Bottom >= box.Bottom - 1 && line.Top <= box.Top + 1)
                {
                    (inside ??= []).Add(i);
                }
            }

            if (inside is not { Count: >= 2 })
            {
                continue;
            }

            var padding = inside.Min(i => lines[i].Left) - box.Left;
            var right = box.Right - padding;
            foreach (var i in inside)
            {
                lines[i] = lines[i] with { PanelRight = Math.Min(right, lines[i].PanelRight ?? double.MaxValue) };
            }
        }
    }

    /// <summary>
    /// Browsers draw list bullets as small filled shapes, not as text: a line with one just before its start, level
    /// with it, is a list item as if it opened with <c>•</c>.
    /// </summary>
    private static void MarkDrawnBullets(Page page, PdfUprightPage upright, List<PdfLine> lines)
    {
        List<UglyToad.PdfPig.Core.PdfRectangle>? bullets = null;
        foreach (var path in page.Paths)
        {
            if (path.IsFilled && path.GetBoundingRectangle() is { } drawn && upright.Map(drawn) is var box && box.Width is > 1.5 and < 8 && box.Height is > 1.5 and < 8 &&
                Math.Abs(box.Width - box.Height) < 1.5)
            {
                (bullets ??= []).Add(box);
            }
        }

        if (bullets is null)
        {
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var centre = (line.Top + line.Bottom) / 2;
            if (line.Marker is null && bullets.Any(b => b.Right <= line.Left && b.Left >= line.Left - (line.FontSize * 3) &&
                                                        Math.Abs((b.Top + b.Bottom) / 2 - centre) < line.Height * 0.5))
            {
                lines[i] = line with { Marker = "•" };
            }
        }
    }

    private static List<PdfLine> Lines(List<Word> words, int pageNumber)
    {
        var lines = new List<PdfLine>();
        var groups = new List<List<Word>>();
        var ordered = TopToBottom(words);
        var current = new List<Word>();
        double top = 0, bottom = 0;
        var numbersOnly = false;
        foreach (var word in ordered)
        {
            // A word joins the line when they overlap vertically by half the smaller height: a raised footnote call
            // or a word without ascenders stays on its line, the next line does not overlap. A short number (a call
            // raised by a third of an em or more, as CSS's vertical-align: super sets it) needs a third.
            var box = word.BoundingBox;
            var overlap = Math.Min(top, box.Top) - Math.Max(bottom, box.Bottom);
            var share = numbersOnly || IsShortNumber(word) ? 1.0 / 3 : 0.5;
            if (current.Count > 0 && overlap < Math.Min(top - bottom, Math.Max(box.Height, 1)) * share)
            {
                groups.Add(current);
                current = [];
            }

            (top, bottom) = current.Count == 0 ? (box.Top, box.Bottom) : (Math.Max(top, box.Top), Math.Min(bottom, box.Bottom));
            numbersOnly = (current.Count == 0 || numbersOnly) && IsShortNumber(word);
            current.Add(word);
        }

        if (current.Count > 0)
        {
            groups.Add(current);
        }

        for (var i = groups.Count - 2; i >= 0; i--)
        {
            if (CallsAWordOf(groups[i], groups[i + 1]))
            {
                groups[i + 1].AddRange(groups[i]);
                groups.RemoveAt(i);
            }
        }

        foreach (var group in groups)
        {
            lines.Add(ToLine(group, pageNumber));
        }

        // Rows of a table whose columns are closer than the gap that marks a cell: found by their alignment.
        var cells = PdfAlignedColumns.Find(groups);
        for (var i = 0; i < lines.Count; i++)
        {
            if (cells[i] is { } starts && !lines[i].IsTableRow)
            {
                lines[i] = ToLine(groups[i], pageNumber, starts);
            }
        }

        PdfWrappedMarkers.Join(groups, lines);
        return lines;
    }

    /// <summary>
    /// A footnote call alone (<paramref name="call"/>: one short number in smaller type) set right after a word of the
    /// line under it, raised as calls are: its foot between a fifth and four fifths of that word's size above the word's
    /// foot. Over a line with no letter above the x-height (<c>ruraux.</c>, <c>are women.</c>) a call raised by half an
    /// em (Apache FOP, pdflatex) barely touches the line's letters, so it stood as a line of its own and its note was
    /// attached to nothing.
    /// </summary>
    private static bool CallsAWordOf(List<Word> call, List<Word> line)
    {
        if (call.Count != 1 || !IsShortNumber(call[0]))
        {
            return false;
        }

        var number = call[0].BoundingBox;
        var size = SizeOf(call[0]);
        foreach (var word in line)
        {
            var box = word.BoundingBox;
            var wordSize = SizeOf(word);
            if (size < wordSize * 0.85 && Math.Abs(number.Left - box.Right) <= wordSize * 0.25 && number.Top > box.Top &&
                number.Bottom > box.Bottom + wordSize * 0.2 && number.Bottom < box.Bottom + wordSize * 0.8)
            {
                return true;
            }
        }

        return false;
    }

    private static PdfLine ToLine(List<Word> words, int pageNumber, IReadOnlySet<int>? cellStarts = null)
    {
        words.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        SplitGluedNumber(words);
        var raisedFigures = PdfRaisedFigures.Split(words);
        var sizes = new double[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            sizes[i] = SizeOf(words[i]);
        }

        var size = Median(sizes);
        var baseline = words.Where(w => SizeOf(w) >= size * 0.9).Select(w => w.BoundingBox.Bottom).DefaultIfEmpty(words[0].BoundingBox.Bottom).Min();

        // A raised, smaller number first on the line opens a footnote; a list marker first is set apart from the text.
        var first = 0;
        string? marker = null, noteNumber = null;
        if (words.Count > 1 && (IsSuperscriptNumber(words[0], size, baseline) || raisedFigures?.Contains(words[0]) == true))
        {
            noteNumber = words[0].Text;
            first = 1;
        }
        else if (words.Count > 1 && (ListMarker().IsMatch(words[0].Text) || IsTabbedNumber(words, size) || IsSpacedAsciiBullet(words, size)))
        {
            marker = words[0].Text == SymbolFontBullets.LetterBullet ? SymbolFontBullets.WhiteBullet : words[0].Text;
            first = 1;
        }

        // Gaps of nearly an em or more separate table cells (word spaces stay under two thirds of an em, even
        // justified, but for a line of words stretched alike): a line with two or more is a table row.
        var separators = new string[words.Count];
        var cellLefts = new List<double> { words[first].BoundingBox.Left };
        var stretched = cellStarts is null && IsStretchedText(words, first, size);
        for (var i = first + 1; i < words.Count; i++)
        {
            var gap = words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right;
            var cell = (gap > size * 0.9 && !stretched) || cellStarts?.Contains(i) == true;
            separators[i] = cell ? " | " : SpaceGap(words[i - 1], words[i], gap) > Math.Min(sizes[i], sizes[i - 1]) * 0.12 ? " " : string.Empty;
            if (cell)
            {
                cellLefts.Add(words[i].BoundingBox.Left);
            }
        }

        var wide = cellLefts.Count - 1;
        CloseStretchedHyphenGaps(words, first, separators);

        var text = new System.Text.StringBuilder();
        int bold = 0, italic = 0;
        for (var i = first; i < words.Count; i++)
        {
            var word = words[i];
            bold += word.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true ? 1 : 0;
            italic += IsItalic(word) ? 1 : 0;
            if (i > first && (IsSuperscriptNumber(word, size, baseline) || raisedFigures?.Contains(word) == true))
            {
                // A footnote call, marked as the other formats mark it; the segmenter takes it out of the text.
                text.Append("<sup>").Append(word.Text).Append("</sup>");
                continue;
            }

            if (i > first)
            {
                text.Append(wide >= 2 ? separators[i] : separators[i] == " | " ? " " : separators[i]);
            }

            text.Append(Ligatures.Decompose(word.Text));
        }

        var body = words[Math.Min(first, words.Count - 1)].BoundingBox;
        // French sets a no-break space before ; : ! ? » and after «: the first word and such a sign wrap as one.
        var firstWordRight = body.Right;
        for (var i = first + 1; i < words.Count && i <= first + 2; i++)
        {
            var glued = words[i].Text is ";" or ":" or "!" or "?" or "»" || (i == first + 1 && words[first].Text == "«");
            if (!glued)
            {
                break;
            }

            firstWordRight = words[i].BoundingBox.Right;
        }

        return new PdfLine(
            text.ToString(),
            pageNumber,
            words.Min(w => w.BoundingBox.Left),
            words.Max(w => w.BoundingBox.Right),
            words.Where(w => !IsSuperscriptNumber(w, size, baseline)).Select(w => w.BoundingBox.Top).DefaultIfEmpty(words[0].BoundingBox.Top).Max(),
            words.Min(w => w.BoundingBox.Bottom),
            size,
            bold * 2 > words.Count)
        {
            Marker = marker,
            NoteNumber = noteNumber,
            BodyLeft = body.Left,
            FirstWordWidth = firstWordRight - body.Left,
            CellLefts = wide >= 2 ? cellLefts : null,
            Italic = italic == words.Count - first,
            TabLeft = wide == 1 && cellLefts.Count == 2 && first + 1 < words.Count && words[first + 1].BoundingBox.Left == cellLefts[1] ? cellLefts[1] : null,
            EndCallTop = words.Count > first + 1 && IsSuperscriptNumber(words[^1], size, baseline) ? words[^1].BoundingBox.Top : null,
        };
    }

    /// <summary>
    /// A bare number or Roman numeral first on the line, parted from its text by a tab (a gap of an em or more, wider
    /// than any word space, even justified), is the paragraph's or section's number, as ITU documents set them
    /// (<c>9&lt;TAB&gt;Nous savons</c>, <c>II&lt;TAB&gt;Activités</c>). Not on a table row: there the gap parts cells
    /// (<c>12   0.52   0.57</c>), so no other gap of the line may be that wide.
    /// </summary>
    internal static bool IsTabbedNumber(IReadOnlyList<Word> words, double size)
    {
        if (words.Count < 2 || !BareNumber().IsMatch(words[0].Text) || words[1].BoundingBox.Left - words[0].BoundingBox.Right < size)
        {
            return false;
        }

        for (var i = 2; i < words.Count; i++)
        {
            if (words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right > size * 0.9)
            {
                return false;
            }
        }

        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{1,3}|[IVX]{1,6})$")]
    private static partial System.Text.RegularExpressions.Regex BareNumber();

    /// <summary>
    /// A hyphen, asterisk or plus sign first on the line, set apart from its text by nearly an em or more, is the bullet
    /// of text typed without bullets (plain text printed as it is: <c>-   the protection of ...</c>, its continuation
    /// lines under the text), and so is Word's second-level bullet, Courier New's letter o before a tab (read as
    /// <c>◦</c>). Not at a word space: a dash may open a wrapped line of running text (<c>- launched in ...</c>), and
    /// an o may be a word (Spanish, Portuguese).
    /// </summary>
    internal static bool IsSpacedAsciiBullet(IReadOnlyList<Word> words, double size) =>
        words.Count >= 2 && words[0].Text is "-" or "*" or "+" or SymbolFontBullets.LetterBullet &&
        words[1].BoundingBox.Left - words[0].BoundingBox.Right >= size * 0.9;

    /// <summary>
    /// A paragraph number set so close to its text that no gap parts them (<c>10.In</c>: a number wider than the
    /// space its producer kept for it) is a word of its own: a number, a full stop, then a capital, starts no word.
    /// </summary>
    private static void SplitGluedNumber(List<Word> words)
    {
        if (GluedNumber().Match(words[0].Text) is not { Success: true } glued)
        {
            return;
        }

        var letters = words[0].Letters;
        int split = 0, length = 0;
        while (split < letters.Count && length < glued.Groups["n"].Length)
        {
            length += letters[split++].Value.Length;
        }

        if (length == glued.Groups["n"].Length && split < letters.Count)
        {
            words[0] = new Word([.. letters.Take(split)]);
            words.Insert(1, new Word([.. letters.Skip(split)]));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<n>\d{1,3}\.)\p{Lu}\p{Ll}")]
    private static partial System.Text.RegularExpressions.Regex GluedNumber();

    /// <summary>
    /// A justified line of words whose next word did not fit, each space stretched to the same width, nearly an em or
    /// more (groff: "The   Plenipotentiary   Conference   of   the"; in a narrow column, three words: "member   States,
    ///   regional"): three words or more, every gap the same within a twentieth of an em, most words with a letter.
    /// Spaces the text holds fast (no-break spaces: "81/215.&#160;Information&#160;and", a title's number and its first
    /// words) are not stretched: a line whose gaps wide enough to part cells are three or more, all the same, is
    /// stretched alike whatever its narrower gaps.
    /// A table's cells stand apart by gaps their widths make unequal, and a row of figures is figures.
    /// </summary>
    private static bool IsStretchedText(List<Word> words, int first, double size)
    {
        if (words.Count - first < 3)
        {
            return false;
        }

        var gaps = new List<double>(words.Count - first - 1);
        var lettered = words[first].Text.Any(char.IsLetter) ? 1 : 0;
        for (var i = first + 1; i < words.Count; i++)
        {
            lettered += words[i].Text.Any(char.IsLetter) ? 1 : 0;

            // The pen's moves: a glyph's side bearings make the boxes' gaps differ a little.
            gaps.Add(PenGap(words[i - 1], words[i]) ?? words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right);
        }

        if (lettered * 2 <= words.Count - first)
        {
            return false;
        }

        if (gaps.Max() - gaps.Min() <= size * 0.05)
        {
            return true;
        }

        // The gaps wide enough to part cells are the stretched spaces: three or more, all alike (two alike could be
        // a table's columns by chance).
        var wide = gaps.Where(g => g > size * 0.9).ToList();
        return wide.Count >= 3 && wide.Max() - wide.Min() <= size * 0.05;
    }

    /// <summary>
    /// The room a word space takes between two words: the gap between their glyph boxes, or between where the pen stood
    /// after the first and where the second starts when that is wider. An italic letter reaches past its advance into
    /// the space after it (<c>of the</c> in italics: the boxes of "f" and "t" almost touch) while the pen still moved a
    /// space's width.
    /// </summary>
    /// <summary>
    /// A hyphen inside a compound, in a justified line whose producer stretches the break after a hyphen as it stretches
    /// the spaces (<c>capacity- building</c>, <c>e- government</c>: pdfmake), is followed by a gap, yet by less than half
    /// the line's word spaces: it is no space. A hyphen that suspends a compound (<c>pre- and post-war</c>) is followed
    /// by a full word space, and a line with fewer than two other spaces gives no measure.
    /// </summary>
    private static void CloseStretchedHyphenGaps(List<Word> words, int first, string[] separators)
    {
        List<int>? hyphens = null;
        for (var i = first + 1; i < words.Count; i++)
        {
            var before = words[i - 1].Text;
            if (separators[i] == " " && before.Length > 1 && before[^1] == '-' && char.IsLetter(before[^2]) && char.IsLetter(words[i].Text, 0))
            {
                (hyphens ??= []).Add(i);
            }
        }

        if (hyphens is null)
        {
            return;
        }

        var spaces = new List<double>();
        for (var i = first + 1; i < words.Count; i++)
        {
            if (separators[i] == " " && !hyphens.Contains(i))
            {
                spaces.Add(SpaceGap(words[i - 1], words[i], words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right));
            }
        }

        if (spaces.Count < 2)
        {
            return;
        }

        var space = Median([.. spaces]);
        foreach (var i in hyphens)
        {
            if (SpaceGap(words[i - 1], words[i], words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right) < space * 0.5)
            {
                separators[i] = string.Empty;
            }
        }
    }

    private static double SpaceGap(Word before, Word after, double boxGap) => Math.Max(boxGap, PenGap(before, after) ?? boxGap);

    /// <summary>How far the pen moved from the end of one word's last letter to the start of the next word.</summary>
    private static double? PenGap(Word before, Word after) =>
        before.Letters.Count == 0 || after.Letters.Count == 0 ? null : after.Letters[0].StartBaseLine.X - before.Letters[^1].EndBaseLine.X;

    private static bool IsItalic(Word word) =>
        word.FontName is { } name && (name.Contains("Italic", StringComparison.OrdinalIgnoreCase) || name.Contains("Oblique", StringComparison.OrdinalIgnoreCase));

    private static double SizeOf(Word word) => word.Letters.Count > 0 ? word.Letters[0].PointSize : word.BoundingBox.Height;

    /// <summary>
    /// A number set smaller than the line and raised above its baseline: a footnote call or a footnote's own number.
    /// Word processors set it at about two thirds of the size; WeasyPrint at nearly the size of the text, raised further:
    /// a third of an em or more, which no number of the line itself is.
    /// </summary>
    private static bool IsSuperscriptNumber(Word word, double lineSize, double baseline) =>
        IsShortNumber(word) &&
        ((SizeOf(word) < lineSize * 0.85 && word.BoundingBox.Bottom > baseline + lineSize * 0.15) ||
         (SizeOf(word) < lineSize * 1.01 && word.BoundingBox.Bottom > baseline + lineSize * 0.3));

    private static bool IsShortNumber(Word word) => word.Text.Length is > 0 and <= 3 && word.Text.All(char.IsAsciiDigit);

    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        return sorted[sorted.Length / 2];
    }

    private static double Centre(Word word) => (word.BoundingBox.Top + word.BoundingBox.Bottom) / 2;

    /// <summary>The words by their centre, top first, words level with each other in their order: a stable sort, as <c>OrderByDescending</c> is.</summary>
    private static Word[] TopToBottom(List<Word> words)
    {
        var keys = new (double Centre, int Index)[words.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (Centre(words[i]), i);
        }

        Array.Sort(keys, static (a, b) =>
        {
            var byCentre = b.Centre.CompareTo(a.Centre);
            return byCentre != 0 ? byCentre : a.Index.CompareTo(b.Index);
        });
        var ordered = new Word[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            ordered[i] = words[keys[i].Index];
        }

        return ordered;
    }

    /// <summary>
    /// The lines of the words on either side of a gutter, those across it (a title over the columns) first, then the
    /// left side's, then the right side's. A side may hold a gutter of its own, found as the page's is but in the middle
    /// third of that side's width: a body in three columns has two gutters, near the page's thirds, and the page's search
    /// finds one of them only (the other side then read as one column, its lines running across its gutter).
    /// </summary>
    private static List<PdfLine> SplitAt(List<Word> words, double x, double pageHeight, int pageNumber, int depth = 0)
    {
        var left = words.Where(w => w.BoundingBox.Right <= x).ToList();
        var right = words.Where(w => w.BoundingBox.Left >= x).ToList();
        var spanning = words.Where(w => w.BoundingBox.Left < x && w.BoundingBox.Right > x).ToList();
        return [.. Lines(spanning, pageNumber), .. Side(left, pageHeight, pageNumber, depth), .. Side(right, pageHeight, pageNumber, depth)];
    }

    private static List<PdfLine> Side(List<Word> words, double pageHeight, int pageNumber, int depth)
    {
        // Four columns at most: a side's narrower gutters are looked for twice.
        if (depth < 2 && words.Count >= 40)
        {
            var from = words.Min(w => w.BoundingBox.Left);
            var to = words.Max(w => w.BoundingBox.Right);
            if (FindGutter(words, to, pageHeight, from) is { } gutter)
            {
                return SplitAt(words, gutter, pageHeight, pageNumber, depth + 1);
            }
        }

        return Lines(words, pageNumber);
    }

    /// <summary>
    /// A vertical band of at least 5 pt in the middle third that no word crosses, with text on both sides (LaTeX sets its
    /// columns 10 pt apart, and punctuation juts into that; on a one-column page every line crosses the middle). The
    /// middle third is the page's, or of the width from <paramref name="from"/> to <paramref name="pageWidth"/>.
    /// </summary>
    private static double? FindGutter(List<Word> words, double pageWidth, double pageHeight, double from = 0)
    {
        if (words.Count < 40 || pageWidth <= 0)
        {
            return null;
        }

        var step = 1.0;
        var bins = new int[(int)(pageWidth / step) + 1];
        foreach (var word in words)
        {
            // A page number or running title centred in the margin crosses the gutter without making one column.
            if (IsInFootMargin(word, pageHeight) || IsInTopMargin(word, pageHeight))
            {
                continue;
            }

            var first = Math.Max(0, (int)(word.BoundingBox.Left / step));
            var last = Math.Min(bins.Length - 1, (int)(word.BoundingBox.Right / step));
            for (var i = first; i <= last; i++)
            {
                bins[i]++;
            }
        }

        int start = (int)((from + ((pageWidth - from) / 3)) / step), end = (int)((from + ((pageWidth - from) * 2 / 3)) / step);
        // Every band free of words, longest first: the longest may stand beside an empty column (the last page of a body
        // in three columns, its third column empty, leaves a band from the second column's edge to the page's third
        // wider than the gutter between the two it fills), so the longest with text on both sides is the gutter.
        var runs = new List<(int Start, int Length)>();
        var runStart = -1;
        for (var i = start; i <= end + 1; i++)
        {
            if (i <= end && bins[i] == 0)
            {
                runStart = runStart < 0 ? i : runStart;
            }
            else if (runStart >= 0)
            {
                if ((i - runStart) * step >= 5)
                {
                    runs.Add((runStart, i - runStart));
                }

                runStart = -1;
            }
        }

        // The longest first, the leftmost of equal ones.
        runs.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        // Both sides hold text: a fifth of the words each, or 30 (the last page of a document may fill one column only in part).
        var least = Math.Min(words.Count / 5, 30);
        foreach (var (bestStart, bestLength) in runs)
        {
            var gutter = (bestStart + bestLength / 2.0) * step;
            var leftWords = words.Count(w => w.BoundingBox.Right <= gutter);
            var rightWords = words.Count(w => w.BoundingBox.Left >= gutter);
            if (leftWords < least || rightWords < least)
            {
                continue;
            }

            // A side mostly of figures is a table's columns of numbers (a page filled by a table whose names stand apart
            // from its figures), not a column of text: its rows are read across.
            return MostlyFigures(words.Where(w => w.BoundingBox.Right <= gutter)) || MostlyFigures(words.Where(w => w.BoundingBox.Left >= gutter)) ? null : gutter;
        }

        return null;
    }

    private static bool MostlyFigures(IEnumerable<Word> words)
    {
        int figures = 0, all = 0;
        foreach (var word in words)
        {
            all++;
            figures += word.Text.Any(char.IsLetter) ? 0 : 1;
        }

        return figures * 2 > all;
    }

    /// <summary>The word stands in the top twelfth of the page (over the columns, where a running header is set).</summary>
    private static bool IsInTopMargin(Word word, double pageHeight) => word.BoundingBox.Bottom > pageHeight * 0.92;

    /// <summary>The word stands in the bottom twelfth of the page (under the columns, where a footer is set).</summary>
    private static bool IsInFootMargin(Word word, double pageHeight) => word.BoundingBox.Top < pageHeight * 0.08;

    private static double MedianSize(List<Word> words)
    {
        var sizes = new double[words.Count];
        for (var i = 0; i < sizes.Length; i++)
        {
            sizes[i] = SizeOf(words[i]);
        }

        return Median(sizes);
    }

    /// <summary>
    /// A list marker as a word of its own: <c>12.</c>, <c>3)</c>, <c>(3)</c>, <c>a)</c>, <c>(a)</c>, <c>a.</c>, <c>iv)</c>,
    /// a bullet or a dash. Word's and LaTeX's <c>1)</c> and a judgment's or a law's <c>(1)</c> hang their text as
    /// <c>1.</c> does.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{1,3}\.|\(?\d{1,3}\)|\(?[a-z]\)|[a-z]\.|\(?[ivx]{1,4}\)|[ivx]{1,4}\.|[" + SymbolFontBullets.Characters + "–—])$")]
    internal static partial System.Text.RegularExpressions.Regex ListMarker();
}
