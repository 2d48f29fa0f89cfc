using System.Text.RegularExpressions;
using Serverless.UnitTests.Renditions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;

namespace Serverless.Benchmarks;

/// <summary>
/// Scores PdfPig's own page segmenters on the rendition corpus, the way <see cref="RenditionScorer"/> scores the reader:
/// each block a segmenter finds (in the order of its reading-order detector) taken as one paragraph, a leading list
/// marker set aside, compared with the source's paragraphs by normalised text. Only the text is scored: the blocks carry
/// no paragraph numbers, and running headers and footnotes are not told apart from the body.
/// </summary>
public static partial class PdfPigSegmenters
{
    public static void Write(TextWriter output)
    {
        output.WriteLine("| segmenter | producer | expected paragraphs | same text |");
        output.WriteLine("|---|---|---:|---:|");
        foreach (var (name, segmenter) in new (string, IPageSegmenter)[]
                 {
                     ("DocstrumBoundingBoxes", DocstrumBoundingBoxes.Instance),
                     ("RecursiveXYCut", RecursiveXYCut.Instance),
                     ("DefaultPageSegmenter", DefaultPageSegmenter.Instance),
                 })
        {
            foreach (var producer in RenditionCorpus.Producers)
            {
                int expected = 0, found = 0;
                foreach (var rendition in RenditionCorpus.All.Where(r => r.Producer == producer))
                {
                    var texts = Blocks(RenditionCorpus.PathOf(rendition.Pdf), segmenter).ToHashSet();
                    var source = RenditionScorer.Body(RenditionScorer.Read(rendition.Source));
                    expected += source.Count;
                    found += source.Count(p => texts.Contains(RenditionScorer.Normalise(p.Text)));
                }

                output.WriteLine($"| {name} | {producer} | {expected} | {found} ({(double)found / expected:P1}) |");
            }
        }
    }

    private static IEnumerable<string> Blocks(string path, IPageSegmenter segmenter)
    {
        using var document = PdfDocument.Open(path);
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
            var blocks = UnsupervisedReadingOrderDetector.Instance.Get(segmenter.GetBlocks(words));
            foreach (var block in blocks)
            {
                var text = string.Join(' ', block.TextLines.Select(l => l.Text));
                yield return RenditionScorer.Normalise(Marker().Replace(text, string.Empty));
            }
        }
    }

    [GeneratedRegex(@"^(?:\d{1,3}\.|[a-z][.)]|[•◦▪–])\s+")]
    private static partial Regex Marker();
}
