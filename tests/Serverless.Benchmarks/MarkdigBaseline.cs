using BenchmarkDotNet.Attributes;
using Markdig;
using Serverless.Shared.Reading;

namespace Serverless.Benchmarks;

/// <summary>
/// Markdig's own parse of the Markdown input of <see cref="SegmentationBenchmarks"/>, with the reader's pipeline and
/// the text already decoded: the part of a Markdown parse that belongs to the library, to set beside the whole.
/// Same job settings as <see cref="SegmentationBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[WorkerRuntime]
[MinColumn]
[MedianColumn]
[PeakMemoryColumn]
public class MarkdigBaseline
{
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = TextDecoder.Decode(SegmentationBenchmarks.Source("markdown").Content.Span);
        PeakMemory.Start();
    }

    [GlobalCleanup]
    public void Cleanup() => PeakMemory.Record(PeakMemory.KeyOf(nameof(MarkdigBaseline), "-"));

    [Benchmark]
    public int MarkdigParseOnly() => Markdown.Parse(_text, MarkdownReader.Pipeline).Count;
}
