using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Rebuilds the lines of one PDF page from its words: words whose vertical centres are within half a line
/// height of each other form a line. A page with a clear vertical gutter in its middle third is read as two
/// columns, left column first, which is the reading order of UN two-column layouts.
/// </summary>
internal static class PdfLineBuilder
{
    public static List<PdfLine> Build(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var gutter = FindGutter(words, page.Width);
        if (gutter is { } x)
        {
            var left = words.Where(w => w.BoundingBox.Right <= x).ToList();
            var right = words.Where(w => w.BoundingBox.Left >= x).ToList();
            var spanning = words.Where(w => w.BoundingBox.Left < x && w.BoundingBox.Right > x).ToList();
            return [.. Lines(spanning, page.Number), .. Lines(left, page.Number), .. Lines(right, page.Number)];
        }

        return Lines(words, page.Number);
    }

    private static List<PdfLine> Lines(List<Word> words, int pageNumber)
    {
        var lines = new List<PdfLine>();
        var ordered = words.OrderByDescending(w => Centre(w)).ToList();
        var current = new List<Word>();
        double currentCentre = 0, currentHeight = 0;
        foreach (var word in ordered)
        {
            var height = Math.Max(word.BoundingBox.Height, 1);
            if (current.Count > 0 && Math.Abs(currentCentre - Centre(word)) > Math.Max(currentHeight, height) * 0.5)
            {
                lines.Add(ToLine(current, pageNumber));
                current = [];
            }

            if (current.Count == 0)
            {
                currentCentre = Centre(word);
                currentHeight = height;
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            lines.Add(ToLine(current, pageNumber));
        }

        return lines;
    }

    private static PdfLine ToLine(List<Word> words, int pageNumber)
    {
        words.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        var text = new System.Text.StringBuilder();
        var sizes = new List<double>();
        var bold = 0;
        Word? previous = null;
        foreach (var word in words)
        {
            var size = word.Letters.Count > 0 ? word.Letters[0].PointSize : word.BoundingBox.Height;
            if (previous is not null)
            {
                var gap = word.BoundingBox.Left - previous.BoundingBox.Right;
                text.Append(gap > size * 0.12 ? " " : string.Empty);
            }

            text.Append(word.Text);
            sizes.Add(size);
            bold += word.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true ? 1 : 0;
            previous = word;
        }

        sizes.Sort();
        return new PdfLine(
            text.ToString(),
            pageNumber,
            words.Min(w => w.BoundingBox.Left),
            words.Max(w => w.BoundingBox.Right),
            words.Max(w => w.BoundingBox.Top),
            words.Min(w => w.BoundingBox.Bottom),
            sizes[sizes.Count / 2],
            bold * 2 > words.Count);
    }

    private static double Centre(Word word) => (word.BoundingBox.Top + word.BoundingBox.Bottom) / 2;

    /// <summary>A vertical band of at least 12 pt in the middle third that no word crosses, with text on both sides.</summary>
    private static double? FindGutter(List<Word> words, double pageWidth)
    {
        if (words.Count < 40 || pageWidth <= 0)
        {
            return null;
        }

        var step = 2.0;
        var bins = new int[(int)(pageWidth / step) + 1];
        foreach (var word in words)
        {
            var from = Math.Max(0, (int)(word.BoundingBox.Left / step));
            var to = Math.Min(bins.Length - 1, (int)(word.BoundingBox.Right / step));
            for (var i = from; i <= to; i++)
            {
                bins[i]++;
            }
        }

        int start = (int)(pageWidth / 3 / step), end = (int)(pageWidth * 2 / 3 / step);
        int bestStart = -1, bestLength = 0, runStart = -1;
        for (var i = start; i <= end; i++)
        {
            if (bins[i] == 0)
            {
                runStart = runStart < 0 ? i : runStart;
                if (i - runStart + 1 > bestLength)
                {
                    bestLength = i - runStart + 1;
                    bestStart = runStart;
                }
            }
            else
            {
                runStart = -1;
            }
        }

        if (bestLength * step < 12)
        {
            return null;
        }

        var gutter = (bestStart + bestLength / 2.0) * step;
        var leftWords = words.Count(w => w.BoundingBox.Right <= gutter);
        var rightWords = words.Count(w => w.BoundingBox.Left >= gutter);
        return leftWords > words.Count / 5 && rightWords > words.Count / 5 ? gutter : null;
    }
}
