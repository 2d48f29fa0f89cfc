using Serverless.Shared.Reading;
using UglyToad.PdfPig;

namespace Serverless.UnitTests.Reading;

public sealed class PdfPageReaderTests
{
    [Fact]
    public void ReadsTheSamePagesInOrder_When_ThreadsShareTheDocument()
    {
        // Arrange: a document long enough for three threads (16 pages each), with a running header and page numbers.
        var pdf = PdfSampleWriter.Write(SampleDocuments.ItuContribution, copies: 75, runningHeader: true);
        var options = new ParsingOptions { UseLenientParsing = true };
        using var document = PdfDocument.Open(pdf, options);
        Assert.True(document.NumberOfPages >= 3 * PdfPageReader.PagesPerThread, $"the sample has {document.NumberOfPages} pages, too few for three threads");

        // Act
        var alone = PdfPageReader.Read(document, pdf, options, maxThreads: 1, CancellationToken.None);
        var shared = PdfPageReader.Read(document, pdf, options, maxThreads: 3, CancellationToken.None);

        // Assert: every page in its place, with the same lines, text and geometry.
        Assert.Equal(Enumerable.Range(1, document.NumberOfPages), shared.Select(p => p.Number));
        Assert.Equal(alone.Select(Describe), shared.Select(Describe));
    }

    [Fact]
    public void StopsCancelled_When_TheTokenIsCancelled()
    {
        // Arrange
        var pdf = PdfSampleWriter.Write(SampleDocuments.ItuContribution, copies: 50);
        var options = new ParsingOptions { UseLenientParsing = true };
        using var document = PdfDocument.Open(pdf, options);

        // Act and assert
        Assert.ThrowsAny<OperationCanceledException>(() => PdfPageReader.Read(document, pdf, options, maxThreads: 2, new CancellationToken(canceled: true)));
    }

    private static string Describe(PdfPageLines page) =>
        $"{page.Number} {page.Height} {page.IsPicture}\n" + string.Join("\n", page.Lines.Select(l =>
            $"{l.Text}|{l.Left}|{l.Right}|{l.Top}|{l.Bottom}|{l.FontSize}|{l.Bold}|{l.Marker}|{l.NoteNumber}|{l.BodyLeft}|{l.FirstWordWidth}|{string.Join(',', l.CellLefts ?? [])}"));
}
