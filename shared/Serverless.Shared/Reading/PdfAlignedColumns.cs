using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Finds the cells of a table set with narrow gaps between its columns (a word processor sizes columns to their text,
/// so a cell may end a space's width before the next), which the width of a gap alone does not tell from running
/// text: three or more lines in a row, each ending a quarter of the text's width or more short of its right edge, whose
/// words start at the same two or more places (within a point) are rows of one table, and the line right above them
/// is its header when its words start near the same places (a header cell is often centred or bold). Running text
/// fills its lines and does not align its words so. A table as wide as the text (a first column that takes the room
/// left, the others sized to their figures, as report generators set them) fills its lines too, but its first cell
/// ends an em or more before the next: such a line counts, its cells starting only where a gap wider than twice its
/// narrowest word space stands before them (so <c>92 %</c> stays one cell).
/// </summary>
internal static class PdfAlignedColumns
{
    private const int LeastRows = 3;
    private const double Tolerance = 1, HeaderTolerance = 3;

    /// <summary>For each line (its words left to right), the indexes of the words that start a cell, or null.</summary>
    public static IReadOnlySet<int>?[] Find(IReadOnlyList<List<Word>> lines)
    {
        var cells = new IReadOnlySet<int>?[lines.Count];
        if (lines.Count < LeastRows)
        {
            return cells;
        }

        double left = lines.Min(l => l[0].BoundingBox.Left), right = lines.Max(l => l[^1].BoundingBox.Right);
        var shortOf = right - ((right - left) / 4);
        bool Short(List<Word> line) => line[^1].BoundingBox.Right < shortOf;
        bool Qualifies(List<Word> line) => Short(line) || HasWideGap(line);
        var i = 0;
        while (i < lines.Count)
        {
            var columns = Qualifies(lines[i]) ? Starts(lines[i], Short(lines[i])) : [];
            var end = i + 1;
            while (columns.Count >= 2 && end < lines.Count && Qualifies(lines[end]) && Follows(lines[end - 1], lines[end]))
            {
                var row = lines[end];
                var kept = columns.Where(x => StartsAt(row, x, Tolerance) is var j && j >= 0 && (Short(row) || SetApart(row, j))).ToList();
                if (kept.Count < 2)
                {
                    break;
                }

                columns = kept;
                end++;
            }

            if (end - i < LeastRows)
            {
                i++;
                continue;
            }

            var first = i > 0 && Follows(lines[i - 1], lines[i]) && columns.All(x => StartsAt(lines[i - 1], x, HeaderTolerance) >= 0) ? i - 1 : i;
            for (var k = first; k < end; k++)
            {
                var tolerance = k < i ? HeaderTolerance : Tolerance;
                cells[k] = columns.Select(x => StartsAt(lines[k], x, tolerance)).ToHashSet();
            }

            i = end;
        }

        return cells;
    }

    /// <summary>Where the words after the first start (in a full line, only those set apart from the word before).</summary>
    private static List<double> Starts(List<Word> words, bool all) =>
        Enumerable.Range(1, words.Count - 1).Where(j => all || SetApart(words, j)).Select(j => words[j].BoundingBox.Left).ToList();

    private static double Gap(List<Word> words, int j) => words[j].BoundingBox.Left - words[j - 1].BoundingBox.Right;

    /// <summary>The gap before word <paramref name="j"/> is wider than twice the line's narrowest.</summary>
    private static bool SetApart(List<Word> words, int j) =>
        Gap(words, j) > 2 * Enumerable.Range(1, words.Count - 1).Min(k => Math.Max(Gap(words, k), 0.5));

    /// <summary>A gap of an em (the line's height) or more between two of the line's words.</summary>
    private static bool HasWideGap(List<Word> words)
    {
        var height = words.Max(w => w.BoundingBox.Height);
        return words.Count > 2 && Enumerable.Range(1, words.Count - 1).Any(j => Gap(words, j) >= height);
    }

    /// <summary>The index of the word after the first that starts at <paramref name="x"/>, or -1.</summary>
    private static int StartsAt(List<Word> words, double x, double tolerance)
    {
        for (var j = 1; j < words.Count; j++)
        {
            if (Math.Abs(words[j].BoundingBox.Left - x) <= tolerance)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The next line is right below: less than one and a half of the line's height lower.</summary>
    private static bool Follows(List<Word> above, List<Word> below)
    {
        var bottom = above.Min(w => w.BoundingBox.Bottom);
        var height = above.Max(w => w.BoundingBox.Top) - bottom;
        return bottom - below.Max(w => w.BoundingBox.Top) < height * 1.5;
    }
}
