using System.Runtime.ExceptionServices;
using UglyToad.PdfPig;

namespace Serverless.Shared.Reading;

/// <summary>
/// Reads the lines of every page of an open PDF (<see cref="PdfLineBuilder"/>), in page order. A long document is read
/// in contiguous runs of pages on up to one thread a core, each run from its own copy of the document opened from the
/// same bytes, since a PdfPig document is not safe to share between threads; each page's lines depend on that page
/// alone, so the pages come out as one thread reads them. The pages' reading (PdfPig's content streams and our word
/// and line geometry) is nearly all of a long PDF's time.
/// </summary>
internal static class PdfPageReader
{
    /// <summary>
    /// Pages each extra thread must have to read: another copy of the document parses the document's structure and
    /// fonts again, about the cost of a few pages, so a short document is read on one thread.
    /// </summary>
    internal const int PagesPerThread = 16;

    public static PdfPageLines[] Read(PdfDocument document, byte[] bytes, ParsingOptions options, CancellationToken cancellationToken)
    {
        var count = document.NumberOfPages;
        var pages = new PdfPageLines[count];
        var threads = Math.Clamp(count / PagesPerThread, 1, Environment.ProcessorCount);
        if (threads == 1)
        {
            ReadRun(document, 1, count, pages, cancellationToken);
            return pages;
        }

        // Contiguous runs of nearly equal length; this thread reads the first with the document already open.
        var runs = new (int First, int Last)[threads];
        for (var i = 0; i < threads; i++)
        {
            runs[i] = ((count * i / threads) + 1, count * (i + 1) / threads);
        }

        var others = new Task[threads - 1];
        for (var i = 1; i < threads; i++)
        {
            var run = runs[i];
            others[i - 1] = Task.Factory.StartNew(
                () =>
                {
                    using var copy = PdfDocument.Open(bytes, options);
                    ReadRun(copy, run.First, run.Last, pages, cancellationToken);
                },
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        Exception? first = null;
        try
        {
            ReadRun(document, runs[0].First, runs[0].Last, pages, cancellationToken);
        }
        catch (Exception exception)
        {
            first = exception;
        }

        // The failure of the earliest pages is the one reported, as when one thread reads them in order.
        foreach (var other in others)
        {
            try
            {
                other.GetAwaiter().GetResult();
            }
            catch (Exception exception)
            {
                first ??= exception;
            }
        }

        if (first is not null)
        {
            ExceptionDispatchInfo.Throw(first);
        }

        return pages;
    }

    private static void ReadRun(PdfDocument document, int firstPage, int lastPage, PdfPageLines[] pages, CancellationToken cancellationToken)
    {
        for (var number = firstPage; number <= lastPage; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            var lines = PdfLineBuilder.Build(page);
            // A page with pictures and no text is a scanned page (asked only of pages without text: it costs a look at the page's images).
            var picture = lines.Count == 0 && page.GetImages().Any();
            pages[number - 1] = new PdfPageLines(number, page.Height, lines) { IsPicture = picture };
        }
    }
}
