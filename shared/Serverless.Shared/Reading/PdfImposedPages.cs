using System.Globalization;
using System.Text.RegularExpressions;

namespace Serverless.Shared.Reading;

/// <summary>
/// A sheet that carries several pages side by side, each headed (or footed) by its own count: a text printer's two
/// pages to a sheet (a2ps's default, <c>enscript -2</c>, <c>mpage</c>), or "2 pages per sheet" chosen when printing a
/// document whose footer counts its pages. Each page's line (<c>Dec 07, 26 8:42 | report.txt | Page 1/2</c>) counts a
/// page that is not the PDF's, so the named page number's test (its number is the PDF page's) never held, and a
/// one-sheet print shows it once, so it cannot recur either: each stood as a paragraph and cut the paragraph running
/// from one page of the sheet onto the next. Two lines or more in the sheet's outer quarter, level with each other, side
/// by side, each ending with a count of the same total (<c>1/2</c>, <c>Page 2 of 2</c>) and of different numbers (or
/// one line holding two such counts), are such pages' lines; with them go the sheet's own lines printed beyond them
/// (<c>Printed by ...</c> over the pages' headers), in the other margin lines in another type than the body's (the
/// sheet's date and file name under the pages; the body's own last lines there are in its type), and the pages' other
/// running lines, the same text level side by side (a header naming the organisation over each page). A page with one such count, or counts one above the other, is a
/// page as any other.
/// </summary>
internal static partial class PdfImposedPages
{
    /// <summary>Share of the page's height, from each edge, where the sheet's own lines stand.</summary>
    private const double MarginShare = 0.1;

    /// <summary>Share of the sheet's height, from each edge, where its pages' running lines stand.</summary>
    private const double RunningShare = 0.25;

    /// <summary>How far apart, in points, the baselines of the sheet's pages' lines may be.</summary>
    private const double Level = 2;

    /// <summary>The lines of a sheet's pages' headers or footers and of the sheet itself; null on a page that is no such sheet.</summary>
    public static HashSet<PdfLine>? SheetLines(PdfPageLines page, double bodySize)
    {
        List<(PdfLine Line, int Number, int Total)>? counted = null;
        List<PdfLine>? headers = null;
        foreach (var line in page.Lines)
        {
            if (!InRunningBand(line, page))
            {
                continue;
            }

            var text = line.Text.TrimEnd();
            if (text.Length == 0 || !char.IsDigit(text[^1]))
            {
                continue;
            }

            var first = (Number: 0, Total: 0);
            foreach (Match match in PageCount().Matches(text))
            {
                if (int.TryParse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number) &&
                    int.TryParse(match.Groups["m"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var total) &&
                    number >= 1 && number <= total)
                {
                    if (match.Index + match.Length == text.Length)
                    {
                        (counted ??= []).Add((line, number, total));
                    }

                    // Two pages' lines read as one line (a short sheet shows no gutter): two counts of one total on it.
                    if (first.Total == total && first.Number != number)
                    {
                        (headers ??= []).Add(line);
                    }

                    first = first.Total == 0 ? (number, total) : first;
                }
            }
        }

        if (counted is null)
        {
            return null;
        }

        var sideBySide = headers is not null;
        headers ??= counted.Where(a => counted.Any(b => !ReferenceEquals(a.Line, b.Line) && SidePages(a.Line, b.Line) &&
                                                        a.Total == b.Total && a.Number != b.Number))
            .Select(a => a.Line).ToList();
        if (!sideBySide && headers.Count < 2)
        {
            // A sheet whose one page is half of it (a one-page text) shows its count once.
            if (counted.Select(c => c.Line).FirstOrDefault(l => IsPrintersHeader(l, page, bodySize)) is not { } single)
            {
                return null;
            }

            headers = [single];
        }

        var sheet = new HashSet<PdfLine>(headers, ReferenceEqualityComparer.Instance);
        var atTop = headers[0].Bottom > page.Height / 2;
        var beyond = atTop ? headers.Max(h => h.Top) : headers.Min(h => h.Bottom);
        foreach (var line in page.Lines)
        {
            var outside = atTop ? line.Bottom >= beyond : line.Top <= beyond;
            var otherMargin = atTop ? line.Top < page.Height * MarginShare : line.Bottom > page.Height * (1 - MarginShare);
            if (outside || (otherMargin && Math.Abs(line.FontSize - bodySize) > bodySize * 0.05) || RunsOnEachPage(line, page))
            {
                sheet.Add(line);
            }
        }

        return sheet;
    }

    /// <summary>
    /// A count named a page's (<c>Page 1/1</c>) at the end of a line whose parts stand apart (date, file name, count),
    /// in another type than the body's, with nothing but other lines in another type between it and the page's edge (the
    /// sheet's <c>Printed by ...</c>): a text printer's header. A title ending with a resolution's number
    /// (<c>resolution 70/125</c>) is no count, nor a line in the body's type.
    /// </summary>
    private static bool IsPrintersHeader(PdfLine line, PdfPageLines page, double bodySize)
    {
        if (!line.IsTableRow || Math.Abs(line.FontSize - bodySize) <= bodySize * 0.05 || !NamedCount().IsMatch(line.Text.TrimEnd()))
        {
            return false;
        }

        var atTop = line.Bottom > page.Height / 2;
        return page.Lines.All(other => ReferenceEquals(other, line) || (atTop ? other.Top <= line.Bottom : other.Bottom >= line.Top) ||
                                       Math.Abs(other.FontSize - bodySize) > bodySize * 0.05);
    }

    /// <summary>Level with each other and side by side, not one over the other.</summary>
    private static bool SidePages(PdfLine a, PdfLine b) =>
        Math.Abs(a.Bottom - b.Bottom) <= Level && (a.Right <= b.Left || b.Right <= a.Left);

    private static bool InMargin(PdfLine line, PdfPageLines page) =>
        line.Bottom > page.Height * (1 - MarginShare) || line.Top < page.Height * MarginShare;

    /// <summary>
    /// In the outer quarter of the sheet, where a page's running lines stand once it is scaled onto half a sheet
    /// (a word processor's footer further in than the page's outer tenth comes further in still).
    /// </summary>
    private static bool InRunningBand(PdfLine line, PdfPageLines page) =>
        line.Bottom > page.Height * (1 - RunningShare) || line.Top < page.Height * RunningShare;

    /// <summary>A running line of the sheet's pages: the same text level with it on another page of the sheet, in the outer quarter.</summary>
    private static bool RunsOnEachPage(PdfLine line, PdfPageLines page) =>
        InRunningBand(line, page) && page.Lines.Any(other => !ReferenceEquals(other, line) && SidePages(line, other) &&
                                                           string.Equals(other.Text, line.Text, StringComparison.Ordinal));

    /// <summary>A page's count with its total, a word of its own: <c>Page 1/2</c>, <c>2 of 4</c>, <c>page 3 sur 5</c>.</summary>
    [GeneratedRegex(@"(?<=^|\s)(?:(?:page|p\.)\s*)?(?<n>\d{1,4})\s*(?:/|of|sur|de)\s*(?<m>\d{1,4})(?=\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex PageCount();

    /// <summary>A count with the word page: <c>Page 1/1</c>, <c>page 2 of 3</c>.</summary>
    [GeneratedRegex(@"(?:^|\s)(?:page|p\.)\s*\d{1,4}\s*(?:/|of|sur|de)\s*\d{1,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedCount();
}
