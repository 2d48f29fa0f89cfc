using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Fonts.SystemFonts;

namespace Serverless.Shared.Reading;

/// <summary>
/// PDF through PdfPig. PDF has no paragraphs, only positioned words, so the reader rebuilds lines from word
/// geometry (<see cref="PdfLineBuilder"/>), drops what repeats in the margins of many pages (running headers,
/// job numbers, page numbers) and what a browser prints there, sets footnotes apart by position and type
/// (<see cref="PdfParagraphBuilder"/>), and joins lines into paragraphs by geometry, whatever program printed the
/// file (<see cref="PdfBodyAssembler"/>). A PDF whose pages are pictures without text is a scan, and says so.
/// </summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    public string Format => "pdf";

    /// <summary>
    /// Starts, on a thread-pool thread, what PdfPig does once a process before its first PDF: parsing the metrics of the
    /// standard fonts (a tenth of a second, on one core, before the pages can be read on several). For a caller with
    /// other work to do before it reads a PDF (the <c>segment</c> command builds the segmenter first), so the two overlap.
    /// A failure here is left to the read itself to meet and report. On a thread of its own that ends with the work: a
    /// thread-pool thread would then spin a while waiting for more, on a core the pages are read on.
    /// </summary>
    public static void Prepare() => Task.Factory.StartNew(
        static () =>
        {
            try
            {
                _ = SystemFontFinder.Instance;
            }
            catch (Exception)
            {
                // The read meets the same failure and reports it with the document.
            }
        },
        CancellationToken.None,
        TaskCreationOptions.LongRunning,
        TaskScheduler.Default);

    public bool CanRead(DocumentSource source) =>
        source.Sniffed == SniffedFormat.Pdf ||
        (source.Sniffed == SniffedFormat.Unknown && (source.Extension == ".pdf" || source.DeclaresType("application/pdf")));

    public ReadDocument Read(DocumentSource source, CancellationToken cancellationToken = default)
    {
        ReadingLimits.EnsureAcceptableSize(source);
        if (source.Sniffed != SniffedFormat.Pdf)
        {
            throw new UnreadableDocumentException("The file is named as a PDF but is not one: it has no PDF header. Export it again as PDF.");
        }

        PdfStreamGuard.Check(source.Content, cancellationToken);
        PdfReferenceGuard.Check(source.Content.Span, cancellationToken);
        try
        {
            var bytes = source.Content.ToArray();
            PdfQuarterTurns.Normalise(bytes);
            var options = new ParsingOptions { UseLenientParsing = true };
            using var document = PdfDocument.Open(bytes, options);
            if (document.NumberOfPages == 0)
            {
                throw new UnreadableDocumentException("The PDF has no pages.");
            }

            if (document.NumberOfPages > ReadingLimits.MaxPdfPages)
            {
                throw new UnreadableDocumentException(
                    $"The PDF has {document.NumberOfPages} pages; the limit is {ReadingLimits.MaxPdfPages}. Upload the contribution alone.");
            }

            PdfPortfolio.Refuse(document);
            PdfDrawingBudget.Check(document, cancellationToken);
            var pages = PdfPageReader.Read(document, bytes, options, cancellationToken);
            PdfDrawnSoftHyphens.Apply(pages);
            var scannedPages = pages.Count(p => p.IsPicture);
            var header = new List<string>();
            var blocks = PdfParagraphBuilder.Build(pages, header);
            if (blocks.Count == 0)
            {
                throw new UnreadableDocumentException(scannedPages > 0
                    ? $"The PDF is a scan: its {(scannedPages == 1 ? "page is a picture" : $"{scannedPages} pages are pictures")} without a text layer, so there is no selectable text to read. " +
                      "Upload the DOCX or a PDF exported with its text, or run the scan through text recognition (OCR) first."
                    : "The PDF contains no selectable text (it may be a scan). Upload a PDF with text, or the DOCX.");
            }

            if (PdfUnmappedText.IsUnmapped(blocks))
            {
                throw new UnreadableDocumentException(
                    "The PDF's letters carry no text: its fonts do not say which character each letter is (this happens to PDFs printed through PostScript or re-made by some PDF tools), " +
                    "so no program can read its words. Export the PDF again from the source document, or upload the DOCX.");
            }

            return new ReadDocument(Format, PdfUnmappedText.WithoutUnmappedRuns(blocks), header.Count > 0 ? header : null);
        }
        catch (UnreadableDocumentException)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new UnreadableDocumentException("The PDF is protected by a password. Upload a copy without protection.");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var reason = exception.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase)
                ? "The PDF is protected by a password or encrypted. Upload a copy without protection."
                : "The PDF is damaged or incomplete and cannot be read. Export it again and upload the new file.";
            throw new UnreadableDocumentException(reason, exception);
        }
    }
}
