using System.Runtime.ExceptionServices;
using UglyToad.PdfPig;

namespace Serverless.Shared.Reading;

/// <summary>
/// Reads the lines of every page of an open PDF (<see cref="PdfLineBuilder"/>), in page order. A long document is read
/// on up to one thread a core, each thread with its own copy of the document opened from the same bytes (a PdfPig
/// document is not safe to share between threads) taking the next page not yet taken, so a thread that met lighter
/// pages takes more of them. Each page's lines depend on that page alone, so the pages come out as one thread reads
/// them, and so does a failure: pages are taken in order and none is taken after one fails, so every earlier page is
/// read and the earliest failure is the one reported. The pages' reading (PdfPig's content streams and our word and
/// line geometry) is nearly all of a long PDF's time.
/// </summary>
internal static class PdfPageReader
{
    /// <summary>
    /// Pages each extra thread must have to read: another copy of the document parses the document's structure and
    /// fonts again, about the cost of a few pages, so a short document is read on one thread.
    /// </summary>
    internal const int PagesPerThread = 16;

    public static PdfPageLines[] Read(PdfDocument document, byte[] bytes, ParsingOptions options, CancellationToken cancellationToken) =>
        Read(document, bytes, options, Environment.ProcessorCount, cancellationToken);

    /// <summary>The same, on at most <paramref name="maxThreads"/> threads whatever the cores (tests compare thread counts).</summary>
    internal static PdfPageLines[] Read(PdfDocument document, byte[] bytes, ParsingOptions options, int maxThreads, CancellationToken cancellationToken)
    {
        var work = new Work(document.NumberOfPages);
        var threads = Math.Clamp(work.Pages.Length / PagesPerThread, 1, Math.Max(1, maxThreads));
        var others = new Task[threads - 1];
        for (var i = 0; i < others.Length; i++)
        {
            others[i] = Task.Factory.StartNew(
                () =>
                {
                    using var copy = PdfDocument.Open(bytes, options);
                    work.ReadPages(copy, cancellationToken);
                },
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        // This thread reads too, with the document already open.
        work.ReadPages(document, cancellationToken);
        foreach (var other in others)
        {
            try
            {
                other.GetAwaiter().GetResult();
            }
            catch (Exception exception)
            {
                // Opening the copy failed (the first open did not, so it is unlikely): reported after any page's failure.
                work.Fail(int.MaxValue, exception);
            }
        }

        work.ThrowIfFailed();
        ReadAgainWithLineNumbers(document, work.Pages, cancellationToken);
        return work.Pages;
    }

    /// <summary>The pages, the next one to take, and the earliest failure.</summary>
    private sealed class Work(int count)
    {
        private readonly Lock _lock = new();
        private int _next;
        private int _failedPage = int.MaxValue;
        private Exception? _failure;

        public PdfPageLines[] Pages { get; } = new PdfPageLines[count];

        public void ReadPages(PdfDocument document, CancellationToken cancellationToken)
        {
            int number;
            while ((number = Interlocked.Increment(ref _next)) <= Pages.Length && Volatile.Read(ref _failedPage) == int.MaxValue)
            {
                try
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Pages[number - 1] = ReadPage(document, number);
                }
                catch (Exception exception)
                {
                    Fail(number, exception);
                    return;
                }
            }
        }

        public void Fail(int page, Exception exception)
        {
            lock (_lock)
            {
                if (_failure is null || page < _failedPage)
                {
                    _failedPage = page;
                    _failure = exception;
                }
            }
        }

        public void ThrowIfFailed()
        {
            if (_failure is not null)
            {
                ExceptionDispatchInfo.Throw(_failure);
            }
        }
    }

    /// <summary>
    /// A document whose pages number their lines in the margin shows the column on most pages, but a page with one number
    /// only (a short last page numbered every fifth line) cannot show it by itself: such pages are read again
    /// with the column the others showed most (only in a document that has one: one page or a few, read twice).
    /// </summary>
    private static void ReadAgainWithLineNumbers(PdfDocument document, PdfPageLines[] pages, CancellationToken cancellationToken)
    {
        var columns = pages.Where(p => p.LineNumbers is not null).Select(p => p.LineNumbers!.Value).ToList();
        if (columns.Count == 0 || columns.Count == pages.Length)
        {
            return;
        }

        var known = columns.GroupBy(c => (Math.Round(c.Edge), c.Left)).OrderByDescending(g => g.Count()).First().First();
        for (var i = 0; i < pages.Length; i++)
        {
            if (pages[i].LineNumbers is null && !pages[i].IsPicture)
            {
                cancellationToken.ThrowIfCancellationRequested();
                pages[i] = ReadPage(document, i + 1, known);
            }
        }
    }

    private static PdfPageLines ReadPage(PdfDocument document, int number, PdfLineNumbers.Column? lineNumbers = null)
    {
        var page = document.GetPage(number);
        PdfPageSize.Check(page, number);
        // A page turned sideways is read as its text runs: its height is then the page's width.
        var upright = PdfUprightPage.Of(page, PdfOptionalContent.OffGroups(document), document.Structure.TokenScanner);
        var (content, running) = PdfMarkedFurniture.Split(page, upright.Letters, PdfMarkedFurniture.IsTagged(document));
        var lines = PdfLineBuilder.Build(page, upright with { Letters = content }, lineNumbers, out var found);
        // A page with pictures and no text is a scanned page (asked only of pages without text: it costs a look at the page's images).
        var picture = lines.Count == 0 && page.GetImages().Any();
        return new PdfPageLines(number, upright.Height, lines)
        {
            IsPicture = picture,
            LineNumbers = found ?? lineNumbers,
            MarkedRunningLines = running.Count == 0 ? [] : PdfLineBuilder.Build(page, upright with { Letters = running }),
        };
    }
}
