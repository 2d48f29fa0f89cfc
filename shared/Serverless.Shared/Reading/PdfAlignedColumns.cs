using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Finds the cells of a table set with narrow gaps between its columns (a word processor sizes columns to their text,
/// so a cell may end a space's width before the next), which the width of a gap alone does not tell from running
/// text: three or more lines in a row, each ending a quarter of the text's width or more short of its right edge, whose
/// words start at the same two or more places (within a point) are rows of one table, and the line right above them
/// is its header when its words start near the same places (a header cell is often centred or bold). Running text
/// fills its lines and does not align its words so.
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
        var i = 0;
        while (i < lines.Count)
        {
            var columns = lines[i][^1].BoundingBox.Right < shortOf ? Starts(lines[i]) : [];
            var end = i + 1;
            while (columns.Count >= 2 && end < lines.Count && lines[end][^1].BoundingBox.Right < shortOf && Follows(lines[end - 1], lines[end]))
            {
                var kept = columns.Where(x => StartsAt(lines[end], x, Tolerance) >= 0).ToList();
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

    /// <summary>Where the words after the first start.</summary>
    private static List<double> Starts(List<Word> words) => words.Skip(1).Select(w => w.BoundingBox.Left).ToList();

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
