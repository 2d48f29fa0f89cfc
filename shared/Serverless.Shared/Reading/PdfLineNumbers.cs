using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Finds the numbers a word processor or LaTeX sets beside the lines in the margin (line numbering, as legal drafts,
/// bills and texts under negotiation carry it: Word's and LibreOffice's Line Numbering, LaTeX's <c>lineno</c>). They
/// are no part of the text, but each stands on its line's baseline and read as the line's first word: a paragraph
/// numbered by its first line's number, a line cut from the next. A page's line numbers are bare figures in one column
/// (their right ends, or their left ends, within a point and a half) with every other word of the page beyond it, in
/// the margin, counting up down the page by one step (1 for every line, 5 for every fifth), and standing that densely:
/// between two of them, most of the time, fewer lines than the step. Paragraph numbers hung in the margin have a full
/// stop or stand a paragraph apart; a footnote's number starts at the text's edge, under the body's lines; a table's
/// figures have text beside them.
/// </summary>
internal static class PdfLineNumbers
{
    private const int LeastNumbers = 2, MostStep = 10;
    private const double AlignPoints = 1.5;

    /// <summary>Where a page's line numbers stand: the edge they are aligned on, and on which side of the text.</summary>
    internal readonly record struct Column(double Edge, bool Left);

    /// <summary>
    /// The page's words without its line numbers (the same list when it has none), and the column they stood in. A page
    /// with one number only (a short last page numbered every fifth line) cannot show a column by itself: given
    /// the column of the document's other pages (<paramref name="known"/>), a bare figure aligned on its edge with no word
    /// of its line beyond it is a line number too.
    /// </summary>
    public static List<Word> Remove(List<Word> words, Column? known, out Column? found)
    {
        found = null;
        // Cheap first: a page with line numbers has several words of figures only, or one when its column is known.
        var figures = 0;
        foreach (var word in words)
        {
            if (IsFigures(word.Text))
            {
                figures++;
            }
        }

        if (figures < (known is null ? LeastNumbers : 1))
        {
            return words;
        }

        var candidates = words.Where(w => IsFigures(w.Text)).ToList();
        var column = FindColumn(words, candidates, w => w.BoundingBox.Right, left: true, ref found) ??
                     FindColumn(words, candidates, w => w.BoundingBox.Left, left: false, ref found);
        if (column is null && known is { } edge)
        {
            column = candidates.Where(w => Math.Abs((edge.Left ? w.BoundingBox.Right : w.BoundingBox.Left) - edge.Edge) <= AlignPoints &&
                                           !words.Any(o => o != w && IsLevel(o, w) && (edge.Left ? o.BoundingBox.Left <= w.BoundingBox.Right : o.BoundingBox.Right >= w.BoundingBox.Left)))
                .ToList();
        }

        if (column is not { Count: > 0 })
        {
            return words;
        }

        var numbers = column.ToHashSet();
        return words.Where(w => !numbers.Contains(w)).ToList();
    }

    private static bool IsLevel(Word a, Word b) =>
        Math.Min(a.BoundingBox.Top, b.BoundingBox.Top) - Math.Max(a.BoundingBox.Bottom, b.BoundingBox.Bottom) > 0;

    /// <summary>
    /// The largest set of figures aligned on one edge that makes a line-number column on the left of the text
    /// (<paramref name="left"/>, aligned on their right ends) or on its right (aligned on their left ends).
    /// </summary>
    private static List<Word>? FindColumn(List<Word> words, List<Word> candidates, Func<Word, double> edge, bool left, ref Column? found)
    {
        foreach (var group in candidates.OrderBy(edge).GroupWhile((first, w) => edge(w) - edge(first) <= AlignPoints)
                     .Where(g => g.Count >= LeastNumbers).OrderByDescending(g => g.Count))
        {
            // Top of the page first.
            var column = group.OrderByDescending(w => w.BoundingBox.Bottom).ToList();
            if (IsLineNumbering(words, column, left))
            {
                found = new Column(left ? column.Max(edge) : column.Min(edge), left);
                return column;
            }
        }

        return null;
    }

    private static bool IsLineNumbering(List<Word> words, List<Word> column, bool left)
    {
        var values = column.Select(w => int.Parse(w.Text, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var step = values[1] - values[0];
        if (step is < 1 or > MostStep)
        {
            return false;
        }

        for (var i = 2; i < values.Count; i++)
        {
            if (values[i] - values[i - 1] != step)
            {
                return false;
            }
        }

        // Every other word of the page lies beyond the column: it stands in the margin, not in the text (a footnote's
        // numbers start at the text's edge, under the body's lines). Words level with the column's span are its lines.
        var top = column[0].BoundingBox.Top;
        var bottom = column[^1].BoundingBox.Bottom;
        var inner = left ? column.Max(w => w.BoundingBox.Right) : column.Min(w => w.BoundingBox.Left);
        var members = column.ToHashSet();
        var rows = new List<double>();
        foreach (var word in words)
        {
            if (members.Contains(word))
            {
                continue;
            }

            if (left ? word.BoundingBox.Left <= inner : word.BoundingBox.Right >= inner)
            {
                return false;
            }

            var middle = (word.BoundingBox.Top + word.BoundingBox.Bottom) / 2;
            if (middle <= top && middle >= bottom)
            {
                rows.Add(word.BoundingBox.Bottom);
            }
        }

        // Dense: between two numbers, fewer text lines than the step, for most pairs (a table or a display the
        // numbering skips may stand between some).
        var baselines = Baselines(rows);
        var dense = 0;
        for (var i = 1; i < column.Count; i++)
        {
            var upper = column[i - 1].BoundingBox.Bottom;
            var lower = column[i].BoundingBox.Bottom;
            var between = baselines.Count(b => b < upper - 1 && b > lower + 1);
            dense += between < step ? 1 : 0;
        }

        return dense * 2 >= column.Count - 1;
    }

    /// <summary>The distinct heights of the words' bottoms, within a point of one another.</summary>
    private static List<double> Baselines(List<double> bottoms)
    {
        bottoms.Sort();
        var distinct = new List<double>();
        foreach (var bottom in bottoms)
        {
            if (distinct.Count == 0 || bottom - distinct[^1] > 1)
            {
                distinct.Add(bottom);
            }
        }

        return distinct;
    }

    private static bool IsFigures(string text)
    {
        if (text.Length is 0 or > 5)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Runs of consecutive items, a run going on while <paramref name="together"/> holds for its first item and the next.</summary>
    private static IEnumerable<List<T>> GroupWhile<T>(this IEnumerable<T> items, Func<T, T, bool> together)
    {
        List<T>? run = null;
        foreach (var item in items)
        {
            if (run is not null && together(run[0], item))
            {
                run.Add(item);
                continue;
            }

            if (run is not null)
            {
                yield return run;
            }

            run = [item];
        }

        if (run is not null)
        {
            yield return run;
        }
    }
}
