using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Util;

namespace Serverless.Shared.Reading;

/// <summary>
/// Groups a page's letters into words by the rules of PdfPig's default word extractor (letters in reading order,
/// top to bottom then left to right; a word ends at a new line, a step back to the left, a gap wider than 0.39 of
/// the letter height, a white-space letter, a change of font, type size or orientation, or a gap five times the
/// most frequent gap of that type size). The default extractor sorts its table of gaps again for every gap between
/// words, which made it most of the reading time of a dense page (tens of thousands of letters and hundreds of
/// distinct gaps in justified text); here each type size's gaps are counted once over the page before words are cut
/// (the default knows only the gaps before the one it weighs), the first one seen winning a tie as in the sort.
/// </summary>
internal sealed class PdfWordExtractor : IWordExtractor
{
    public static PdfWordExtractor Instance { get; } = new();

    public IEnumerable<Word> GetWords(IReadOnlyList<Letter> letters)
    {
        var words = new List<Word>();
        var ordered = ReadingOrder(letters);
        var pending = new List<Letter>(16);
        var gapsBySize = CountGaps(ordered);
        Letter? previous = null;
        double lineY = 0, previousX = 0;

        foreach (var letter in ordered)
        {
            var blank = string.IsNullOrWhiteSpace(letter.Value);
            if (previous is null)
            {
                // Leading blanks are skipped until the first letter that shows something.
                if (!blank)
                {
                    pending.Add(letter);
                    previous = letter;
                    lineY = letter.Location.Y;
                    previousX = letter.Location.X;
                }

                continue;
            }

            if (letter.Location.Y < lineY - 0.5)
            {
                Flush(pending, words);
                if (!blank)
                {
                    pending.Add(letter);
                }

                lineY = letter.Location.Y;
                previousX = letter.Location.X;
                previous = letter;
                continue;
            }

            var height = Math.Max(previous.BoundingBox.Height, letter.BoundingBox.Height);
            var gap = letter.Location.X - (previous.Location.X + previous.Width);
            var sizeDiffers = Math.Abs(letter.FontSize - previous.FontSize) > 0.1;
            var breaks = letter.Location.X < previousX - 1 ||
                         gap > height * 0.39 ||
                         blank ||
                         (!string.Equals(letter.FontName, previous.FontName, StringComparison.OrdinalIgnoreCase) && gap > letter.Width * 0.1) ||
                         sizeDiffers ||
                         letter.TextOrientation != previous.TextOrientation;

            if (!sizeDiffers && letter.FontSize > 0 && gap >= 0 && gapsBySize.TryGetValue(Math.Round(letter.FontSize), out var counts))
            {
                // An unusually wide gap (five times the usual one) between letters of one type size splits words too.
                breaks |= counts.Distinct > 1 && gap > height * 0.16 && gap > counts.MostFrequent * 5 && counts.MostFrequentCount > 1;
            }

            if (breaks)
            {
                Flush(pending, words);
            }

            if (!blank)
            {
                pending.Add(letter);
            }

            previous = letter;
            previousX = letter.Location.X;
        }

        Flush(pending, words);
        return words;
    }

    /// <summary>
    /// The gaps between neighbouring letters of one line and one type size, counted over the whole page before any word
    /// is cut. Counted as the words were read, the usual gap was not yet known on a page's first line: where glyph
    /// boxes are given from the type size (<see cref="PdfGlyphBoxes"/>: cairo's re-written LaTeX, no space letters) and
    /// so too tall for the height rule to see a word space, the first space of a page, after a single gap inside a
    /// word, joined two words ("tocontinue").
    /// </summary>
    private static Dictionary<double, GapCounts> CountGaps(Letter[] ordered)
    {
        var gapsBySize = new Dictionary<double, GapCounts>();
        Letter? previous = null;
        var lineY = 0.0;
        foreach (var letter in ordered)
        {
            if (previous is null)
            {
                if (!string.IsNullOrWhiteSpace(letter.Value))
                {
                    previous = letter;
                    lineY = letter.Location.Y;
                }

                continue;
            }

            if (letter.Location.Y < lineY - 0.5)
            {
                lineY = letter.Location.Y;
                previous = letter;
                continue;
            }

            var gap = letter.Location.X - (previous.Location.X + previous.Width);
            if (Math.Abs(letter.FontSize - previous.FontSize) <= 0.1 && letter.FontSize > 0 && gap >= 0)
            {
                var size = Math.Round(letter.FontSize);
                if (!gapsBySize.TryGetValue(size, out var counts))
                {
                    counts = new GapCounts();
                    gapsBySize[size] = counts;
                }

                counts.Add(Math.Round(gap, 2));
            }

            previous = letter;
        }

        return gapsBySize;
    }

    /// <summary>
    /// The letters top to bottom, then left to right, letters at the same place in their order on the page: the
    /// order of <c>OrderByDescending(y).ThenBy(x)</c>, sorted once on plain keys instead of through LINQ's key
    /// selectors and comparers, which were a third of this extractor's time.
    /// </summary>
    private static Letter[] ReadingOrder(IReadOnlyList<Letter> letters)
    {
        var keys = new (double Y, double X, int Index)[letters.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var location = letters[i].Location;
            keys[i] = (location.Y, location.X, i);
        }

        Array.Sort(keys, static (a, b) =>
        {
            var byY = b.Y.CompareTo(a.Y);
            if (byY != 0)
            {
                return byY;
            }

            var byX = a.X.CompareTo(b.X);
            return byX != 0 ? byX : a.Index.CompareTo(b.Index);
        });
        var ordered = new Letter[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            ordered[i] = letters[keys[i].Index];
        }

        return ordered;
    }

    private static void Flush(List<Letter> pending, List<Word> words)
    {
        if (pending.Count > 0)
        {
            words.Add(new Word(pending.ToArray()));
            pending.Clear();
        }
    }

    /// <summary>How often each rounded gap was seen for one type size, and the most frequent one (the earliest seen on a tie).</summary>
    private sealed class GapCounts
    {
        private readonly Dictionary<double, (int Count, int Order)> counts = [];
        private int mostFrequentOrder = int.MaxValue;

        public int Distinct => counts.Count;

        public double MostFrequent { get; private set; }

        public int MostFrequentCount { get; private set; }

        public void Add(double gap)
        {
            var (count, order) = counts.TryGetValue(gap, out var seen) ? seen : (0, counts.Count);
            count++;
            counts[gap] = (count, order);
            if (count > MostFrequentCount || (count == MostFrequentCount && order < mostFrequentOrder))
            {
                MostFrequent = gap;
                MostFrequentCount = count;
                mostFrequentOrder = order;
            }
        }
    }
}
