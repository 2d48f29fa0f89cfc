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

    public static void Check(Page page, int number)
    {
        var side = Math.Max(Math.Abs(page.Width), Math.Abs(page.Height));
        if (side <= ReadingLimits.MaxPdfPageSide && !double.IsNaN(side))
        {
            return;
        }

        var inches = (side / PointsPerInch).ToString("N0", CultureInfo.InvariantCulture);
        var most = (ReadingLimits.MaxPdfPageSide / PointsPerInch).ToString("N0", CultureInfo.InvariantCulture);
        throw new UnreadableDocumentException(
            $"Page {number} of the PDF is {inches} inches on a side, larger than any paper (pages of up to {most} inches are read); " +
            "its page box is wrong, so it was not read. Export the document to PDF again, or upload the DOCX.");
    }
}
