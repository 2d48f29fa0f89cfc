using System.Globalization;
using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Refuses a PDF page larger than <see cref="ReadingLimits.MaxPdfPageSide"/> on a side before its layout is worked out:
/// finding columns and gutters counts the words over every point across the page, so a one-kilobyte file whose page is
/// two billion points wide (a media box no program draws) took 37 s and 7.9 GB to read one line. Only the box is looked
/// at; a real page, however large its paper, is far inside the limit.
/// </summary>
internal static class PdfPageSize
{
    private const double PointsPerInch = 72;

    /// <summary>US Letter, in points: the paper viewers draw a page on when its box has no area.</summary>
    private const double LetterWidth = 612, LetterHeight = 792;

    /// <summary>
    /// Whether the page's box has an area. One that has none (<c>/MediaBox [0 0 0 0]</c>, or a side of 0) gives its
    /// letters no paper to lie on: every one was judged off it and a page of text was "no selectable text (it may be a
    /// scan)". Chromium's and Firefox's viewers draw such a page on Letter paper and show its text; so it is read.
    /// </summary>
    public static bool HasArea(Page page) => page.Width > 0 && page.Height > 0;

    /// <summary>The size the page's layout is measured on: its own, or Letter when its box has no area (<see cref="HasArea"/>).</summary>
    public static (double Width, double Height) Paper(Page page) =>
        HasArea(page) ? (page.Width, page.Height) : (LetterWidth, LetterHeight);

    public static void Check(Page page, int number)
    {
        var side = Math.Max(Math.Abs(page.Width), Math.Abs(page.Height));
        if (side <= ReadingLimits.MaxPdfPageSide && !double.IsNaN(side))
        {
            return;
        }

        // A box of 1e999 parses as infinite (or not a number): "Infinity inches" would read as a fault of the platform.
        var size = double.IsFinite(side)
            ? $"is {(side / PointsPerInch).ToString("N0", CultureInfo.InvariantCulture)} inches on a side"
            : "gives its page box a size that is no finite number";
        var most = (ReadingLimits.MaxPdfPageSide / PointsPerInch).ToString("N0", CultureInfo.InvariantCulture);
        throw new UnreadableDocumentException(
            $"Page {number} of the PDF {size}, larger than any paper (pages of up to {most} inches are read); " +
            "its page box is wrong, so it was not read. Export the document to PDF again, or upload the DOCX.");
    }
}
