using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Reading;
using Serverless.Shared.Segmentation;
using Serverless.UnitTests;
using Serverless.UnitTests.Reading;

namespace Serverless.Benchmarks;

/// <summary>
/// Reading and segmentation throughput per format, through <see cref="DocumentParser.Parse"/> as the pipeline calls it.
/// Input sizes, paragraph and page counts are printed at setup (and in results/segmentation.md) to turn times into
/// MB/s, paragraphs/s and pages/s.
/// The job runs as the Functions worker is configured (<see cref="WorkerRuntimeAttribute"/>): workstation GC, not
/// concurrent (a background GC needs a second core, and the concurrent mode caps the first generation at a few MB, so
/// each parse of 1 MB triggered gen 1 collections of everything it had built so far), arrays up to 4 MB out of the
/// large object heap, and the JIT in its steady state.
/// </summary>
[MemoryDiagnoser]
[WorkerRuntime]
[MinColumn]
[MedianColumn]
[PeakMemoryColumn]
public class SegmentationBenchmarks
{
    private DocumentParser _parser = null!;
    private DocumentSource _source = null!;

    [ParamsSource(nameof(Formats))]
    public string Format { get; set; } = "";

    /// <summary>Every format; the corpus's own Markdown too where the corpus is.</summary>
    public static IEnumerable<string> Formats()
    {
        string[] formats = ["text-markdown-like", "text-pdf-extracted", "markdown", "html", "docx", "pdf", "pdf-500-pages"];
        return CorpusFiles.Available ? formats.Append("markdown-corpus") : formats;
    }

    [GlobalSetup]
    public void Setup()
    {
        _parser = new ServiceCollection().AddDocumentParsing().BuildServiceProvider().GetRequiredService<DocumentParser>();
        _source = Source(Format);
        var pages = Format.StartsWith("pdf", StringComparison.Ordinal) ? $", {PdfPages()} pages" : string.Empty;
        // From here on, the process's memory grows only by parsing: the input is built and the parser is ready.
        PeakMemory.Start();
        var parsed = _parser.Parse(_source);
        Console.WriteLine($"// input {Format}: {_source.Content.Length} bytes, {parsed.Paragraphs.Count} paragraphs{pages}");
    }

    [GlobalCleanup]
    public void Cleanup() => PeakMemory.Record(PeakMemory.KeyOf(nameof(SegmentationBenchmarks), Format));

    [Benchmark]
    public int Parse() => _parser.Parse(_source).Paragraphs.Count;

    public static DocumentSource Source(string format)
    {
        var sample = SampleDocuments.ItuContribution;
        var copies = BenchmarkInputs.CopiesFor(s => Encoding.UTF8.GetByteCount(s.ToMarkdown()), sample);
        var large = BenchmarkInputs.Large(sample, copies);
        return format switch
        {
            "text-markdown-like" => new DocumentSource("contribution.txt", null, Encoding.UTF8.GetBytes(large.ToMarkdown())),
            "text-pdf-extracted" => new DocumentSource("report.txt", null, Encoding.UTF8.GetBytes(BenchmarkInputs.PdfExtractedText(large))),
            "markdown" => new DocumentSource("contribution.md", null, Encoding.UTF8.GetBytes(large.ToMarkdown())),
            "markdown-corpus" => new DocumentSource("resolutions.md", null, BenchmarkInputs.CorpusMarkdown()),
            "html" => new DocumentSource("contribution.html", null, Encoding.UTF8.GetBytes(large.ToHtml())),
            "docx" => new DocumentSource("contribution.docx", null, DocxSampleWriter.Write(large)),
            // About 500 pages: memory must stay bounded on the longest PDFs contributions come as.
            "pdf-500-pages" => new DocumentSource("contribution.pdf", null, PdfSampleWriter.Write(sample, copies: BenchmarkInputs.PdfCopies * 25 / 2, runningHeader: true)),
            _ => new DocumentSource("contribution.pdf", null, PdfSampleWriter.Write(sample, copies: BenchmarkInputs.PdfCopies, runningHeader: true)),
        };
    }

    private int PdfPages()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(_source.Content.ToArray());
        return document.NumberOfPages;
    }
}
