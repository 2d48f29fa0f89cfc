using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Two columns interrupted by lines across both (a journal's article: the title and each section heading set across
/// the page, two new columns starting under each). No band of the page's middle third is free of words, so the page
/// has no gutter from top to bottom, but one band is crossed by a few lines only: those lines are read where they stand,
/// and between two of them the left column is read before the right one. A table whose cells stand apart in the middle
/// of a one-column page is no such page: its left cells end short of the gap, where a column's lines are filled to it.
/// </summary>
internal static class PdfSpanningColumns
{
    /// <summary>A gap narrower than this (points) is a space between words, not a gutter.</summary>
    private const double MinGutter = 5;

    /// <summary>More words than this on part of a gutter's band than on the rest: a column's lines reach into it.</summary>
    private const int ColumnEdge = 5;

    /// <summary>
    /// The words of a page in reading order, in groups that make lines of their own (a line across the page, then a
    /// band's left column, then its right one), or null when the page is no such layout.
    /// </summary>
    public static List<List<Word>>? Order(List<Word> words, double pageWidth, double pageHeight)
    {
        if (words.Count < 40 || pageWidth <= 0)
        {
            return null;
        }

        var body = words.Where(w => !IsInMargin(w, pageHeight)).ToList();
        var rows = Rows(body);

        // Lines across the page are a few: a third of the rows at most cross the gutter's band.
        var coverage = Coverage(body, pageWidth);
        if (LongestRun(coverage, pageWidth, rows.Count / 3) is not (var start, var end) || end - start + 1 < MinGutter)
        {
            return null;
        }

        (start, end) = Emptiest(coverage, start, end);

        // A line crosses the gutter when a word covers the band's middle or its words there are a word space apart; a
        // list's number set in the gutter's edge beside the column's text is no such word.
        var middle = (start + end) / 2.0;
        var across = Merge(rows.Where(row => Crosses(row, middle)).ToList());
        var columns = body.Where(w => !InAny(across, w)).ToList();
        // The gutter is the band free of the columns' words around that middle: with three columns, the other gutter may
        // be the wider one.
        if (FreeAround(Coverage(columns, pageWidth), (int)middle) is not (var gutterLeft, var gutterRight) || gutterRight - gutterLeft + 1 < MinGutter)
        {
            return null;
        }

        // A heading across the page that is shorter than a column (left-aligned, it stays left of the gutter) stands
        // where the right column is empty: the columns above it end over it, and those under it start below it. It is
        // set larger or bolder than the columns' text, whose own short last lines may stand beside an empty column too.
        var beside = columns.Where(w => w.BoundingBox.Left >= gutterLeft).ToList();
        var textSize = columns.Select(SizeOf).Order().ElementAt(columns.Count / 2);
        var spanning = rows.Where(row => !across.Any(e => InExtent(e, row[0])) && row.All(w => w.BoundingBox.Right <= gutterLeft) &&
            row.All(w => SizeOf(w) > textSize * 1.1 || IsBold(w)) && AloneAcross(row, beside, across, textSize)).ToList();

        if (spanning.Count > 0)
        {
            across = Merge(rows.Where(row => across.Any(e => InExtent(e, row[0])) || spanning.Contains(row)).ToList());
            columns = body.Where(w => !InAny(across, w)).ToList();
        }
        else if (across.Count == 0)
        {
            // Columns from top to bottom: PdfLineBuilder reads them.
            return null;
        }

        var left = columns.Where(w => w.BoundingBox.Right <= gutterRight).ToList();
        var right = columns.Where(w => w.BoundingBox.Left >= gutterLeft).ToList();
        var least = Math.Min(body.Count / 5, 30);
        if (left.Count < least || right.Count < least || left.Count + right.Count != columns.Count || !FilledToGutter(left, gutterLeft) ||
            MostlyFigures(left) || MostlyFigures(right))
        {
            return null;
        }

        return Groups(words, across, gutterLeft, gutterRight, pageHeight);
    }

    /// <summary>How many words cover each point across the page.</summary>
    private static int[] Coverage(List<Word> words, double pageWidth)
    {
        var counts = new int[(int)pageWidth + 1];
        foreach (var word in words)
        {
            var from = Math.Max(0, (int)word.BoundingBox.Left);
            var to = Math.Min(counts.Length - 1, (int)word.BoundingBox.Right);
            for (var i = from; i <= to; i++)
            {
                counts[i]++;
            }
        }

        return counts;
    }

    /// <summary>
    /// The longest run of points in the page's middle third covered by <paramref name="most"/> words or fewer, with more
    /// covered points on both sides of it: a run that goes on to the page's edge stands beside an empty column (the last
    /// page of a body in three columns whose third is empty), not between two.
    /// </summary>
    private static (int Start, int End)? LongestRun(int[] counts, double pageWidth, int most)
    {
        int start = (int)(pageWidth / 3), end = Math.Min(counts.Length - 1, (int)(pageWidth * 2 / 3));
        int firstCovered = Array.FindIndex(counts, c => c > most), lastCovered = Array.FindLastIndex(counts, c => c > most);
        int bestStart = -1, bestLength = 0, runStart = -1;
        for (var i = start; i <= end + 1; i++)
        {
            if (i <= end && counts[i] <= most)
            {
                runStart = runStart < 0 ? i : runStart;
                continue;
            }

            // The run ends at i - 1; one with no covered point beyond it on a side stands beside an empty column.
            if (runStart >= 0 && i - runStart > bestLength && runStart > firstCovered && i - 1 < lastCovered)
            {
                (bestStart, bestLength) = (runStart, i - runStart);
            }

            runStart = -1;
        }

        return bestLength == 0 ? null : (bestStart, bestStart + bestLength - 1);
    }

    /// <summary>The run of points covered by no word that holds <paramref name="point"/>, or null when a word covers it.</summary>
    private static (int Start, int End)? FreeAround(int[] counts, int point)
    {
        if (point < 0 || point >= counts.Length || counts[point] != 0)
        {
            return null;
        }

        int start = point, end = point;
        while (start > 0 && counts[start - 1] == 0)
        {
            start--;
        }

        while (end < counts.Length - 1 && counts[end + 1] == 0)
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>
    /// The longest part of a run covered by about the fewest words (fewer than <see cref="ColumnEdge"/> more). With three columns the rows of the page are many (the
    /// columns' lines stand at other heights), so a third of them is more than one column's lines, and the run found may
    /// take in the edge of the column beside the gutter; its middle would then cut every line of that column. Where
    /// only the lines across cover the run, as between two columns, it is the whole run; a few words more on part of it
    /// (a list's numbers set in the gutter's edge) are no column's edge, and leave it whole.
    /// </summary>
    private static (int Start, int End) Emptiest(int[] counts, int start, int end)
    {
        int least = int.MaxValue, most = 0;
        for (var i = start; i <= end; i++)
        {
            least = Math.Min(least, counts[i]);
            most = Math.Max(most, counts[i]);
        }

        if (most - least < ColumnEdge)
        {
            return (start, end);
        }

        int bestStart = start, bestLength = 0, runStart = -1;
        for (var i = start; i <= end + 1; i++)
        {
            if (i <= end && counts[i] < least + ColumnEdge)
            {
                runStart = runStart < 0 ? i : runStart;
                continue;
            }

            if (runStart >= 0 && i - runStart > bestLength)
            {
                (bestStart, bestLength) = (runStart, i - runStart);
            }

            runStart = -1;
        }

        return bestLength < MinGutter ? (start, end) : (bestStart, bestStart + bestLength - 1);
    }

    /// <summary>The words in lines, from the top of the page down: words whose middles stand within the first one's height.</summary>
    private static List<List<Word>> Rows(List<Word> words)
    {
        var rows = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => (w.BoundingBox.Bottom + w.BoundingBox.Top) / 2))
        {
            var middle = (word.BoundingBox.Bottom + word.BoundingBox.Top) / 2;
            if (rows.Count > 0 && middle >= rows[^1][0].BoundingBox.Bottom && middle <= rows[^1][0].BoundingBox.Top)
            {
                rows[^1].Add(word);
            }
            else
            {
                rows.Add([word]);
            }
        }

        return rows;
    }

    private static bool Crosses(List<Word> row, double middle)
    {
        if (row.Any(w => w.BoundingBox.Left < middle && w.BoundingBox.Right > middle))
        {
            return true;
        }

        // A word space is measured in the type of the two words beside the band: a heading of one column set larger
        // beside a line of the other does not widen the space the line's words would keep.
        var before = row.Where(w => w.BoundingBox.Right <= middle).MaxBy(w => w.BoundingBox.Right);
        var after = row.Where(w => w.BoundingBox.Left >= middle).MinBy(w => w.BoundingBox.Left);
        if (before is null || after is null)
        {
            return false;
        }

        return after.BoundingBox.Left - before.BoundingBox.Right < Math.Min(SizeOf(before), SizeOf(after));
    }

    /// <summary>
    /// No word of the right column stands within a line's height above or below the row, and the right column has
    /// words both above and below it between the lines across that enclose the row: beside a heading inside a column,
    /// the other column's text goes on; the tail of a left column longer than the right one has no right column below it.
    /// Below counts the text's size only: the notes at the foot of a right column that ends short (smaller type) stand
    /// below a left column's heading without a right column going on beside it.
    /// </summary>
    private static bool AloneAcross(List<Word> row, List<Word> right, List<(double Bottom, double Top)> across, double textSize)
    {
        var (bottom, top) = (row.Min(w => w.BoundingBox.Bottom), row.Max(w => w.BoundingBox.Top));
        var ceiling = across.Where(e => e.Bottom >= top).Select(e => e.Bottom).DefaultIfEmpty(double.MaxValue).Min();
        var floor = across.Where(e => e.Top <= bottom).Select(e => e.Top).DefaultIfEmpty(double.MinValue).Max();
        var reach = top - bottom;
        bool above = false, below = false;
        foreach (var word in right)
        {
            var middle = (word.BoundingBox.Bottom + word.BoundingBox.Top) / 2;
            if (middle > ceiling || middle < floor)
            {
                continue;
            }

            if (middle >= bottom - reach && middle <= top + reach)
            {
                return false;
            }

            above |= middle > top;
            below |= middle < bottom && SizeOf(word) >= textSize * 0.9;
        }

        return above && below;
    }

    /// <summary>The vertical extents of the lines across, merged where they overlap, from the top of the page down.</summary>
    private static List<(double Bottom, double Top)> Merge(List<List<Word>> rows)
    {
        var merged = new List<(double Bottom, double Top)>();
        foreach (var row in rows)
        {
            var (bottom, top) = (row.Min(w => w.BoundingBox.Bottom), row.Max(w => w.BoundingBox.Top));
            if (merged.Count > 0 && top > merged[^1].Bottom)
            {
                merged[^1] = (Math.Min(merged[^1].Bottom, bottom), merged[^1].Top);
            }
            else
            {
                merged.Add((bottom, top));
            }
        }

        return merged;
    }

    private static bool InAny(List<(double Bottom, double Top)> across, Word word) => across.Any(e => InExtent(e, word));

    private static bool InExtent((double Bottom, double Top) extent, Word word)
    {
        var middle = (word.BoundingBox.Bottom + word.BoundingBox.Top) / 2;
        return middle >= extent.Bottom && middle <= extent.Top;
    }

    /// <summary>
    /// Half the lines of the left side or more end within a fifth of its width of the gutter: a column's lines are filled
    /// to its edge (justified or wrapped), a table's left cells are not.
    /// </summary>
    private static bool FilledToGutter(List<Word> left, double gutterLeft)
    {
        var minLeft = left.Min(w => w.BoundingBox.Left);
        var reach = (gutterLeft - minLeft) / 5;
        var lineEnds = new Dictionary<int, double>();
        foreach (var word in left)
        {
            var key = (int)Math.Round(word.BoundingBox.Bottom);
            lineEnds[key] = Math.Max(lineEnds.GetValueOrDefault(key, double.MinValue), word.BoundingBox.Right);
        }

        return lineEnds.Values.Count(end => gutterLeft - end <= reach) * 2 >= lineEnds.Count;
    }

    /// <summary>
    /// The groups in reading order: each line across the gutter where it stands, and between two of them (or above the
    /// first, below the last) the left column's words, then the right column's.
    /// </summary>
    private static List<List<Word>> Groups(List<Word> words, List<(double Bottom, double Top)> across, double gutterLeft, double gutterRight, double pageHeight)
    {
        // The running lines of the margins (smaller type than most of the page's, as PdfLineBuilder reads them beside a
        // gutter) come first and last, whole: a centred page number would be cut at the gutter. The columns' own lines
        // may reach into the margins of a page printed with narrow ones.
        var size = words.Select(SizeOf).Order().ElementAt(words.Count / 2);
        bool Running(Word w) => IsInMargin(w, pageHeight) && SizeOf(w) < size * 0.9;
        var top = words.Where(w => Running(w) && w.BoundingBox.Bottom > pageHeight * 0.92).ToList();
        var foot = words.Where(w => Running(w) && w.BoundingBox.Bottom <= pageHeight * 0.92).ToList();
        var groups = new List<List<Word>> { top };
        var bands = new List<(List<Word> Left, List<Word> Right)>();
        for (var i = 0; i <= across.Count; i++)
        {
            bands.Add(([], []));
        }

        var spans = across.Select(_ => new List<Word>()).ToList();
        foreach (var word in words.Where(w => !Running(w)))
        {
            var middle = (word.BoundingBox.Bottom + word.BoundingBox.Top) / 2;
            var span = across.FindIndex(e => middle >= e.Bottom && middle <= e.Top);
            if (span >= 0)
            {
                spans[span].Add(word);
                continue;
            }

            // The band below the last line across that stands above the word.
            var band = across.Count(e => e.Bottom > middle);
            (word.BoundingBox.Left >= gutterLeft ? bands[band].Right : bands[band].Left).Add(word);
        }

        for (var i = 0; i <= across.Count; i++)
        {
            groups.Add(bands[i].Left);
            groups.Add(bands[i].Right);
            if (i < across.Count)
            {
                groups.Add(spans[i]);
            }
        }

        groups.Add(foot);
        return groups.Where(g => g.Count > 0).ToList();
    }

    private static double SizeOf(Word word) => word.Letters.Count > 0 ? word.Letters[0].PointSize : word.BoundingBox.Height;

    private static bool IsBold(Word word) =>
        word.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true;

    private static bool MostlyFigures(List<Word> words) => words.Count(w => !w.Text.Any(char.IsLetter)) * 2 > words.Count;

    /// <summary>The top or bottom twelfth of the page, where running lines are set and no gutter is looked for.</summary>
    private static bool IsInMargin(Word word, double pageHeight) =>
        word.BoundingBox.Bottom > pageHeight * 0.92 || word.BoundingBox.Top < pageHeight * 0.08;
}
