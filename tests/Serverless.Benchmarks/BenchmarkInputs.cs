using System.Text;
using Serverless.UnitTests;
using Serverless.UnitTests.Reading;

namespace Serverless.Benchmarks;

/// <summary>
/// Inputs of about 1 MB per format, built from the sample documents (the corpus is not part of the repository):
/// the contributions repeated with their paragraphs renumbered, and a PDF-extraction shape with wrapped lines
/// and a blank line after each, as in the corpus's Secretary-General's report.
/// </summary>
public static class BenchmarkInputs
{
    public const int TargetBytes = 1024 * 1024;
    public const int PdfCopies = 60;

    public static SampleDocument Large(SampleDocument sample, int copies)
    {
        var blocks = new List<SampleBlock>();
        var number = 1;
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var block in sample.Blocks)
            {
                blocks.Add(block.Kind == SampleBlockKind.Numbered ? block with { Number = (number++).ToString() } : block);
            }
        }

        return new SampleDocument(sample.Name, blocks);
    }

    public static int CopiesFor(Func<SampleDocument, int> size, SampleDocument sample) =>
        Math.Max(1, TargetBytes / Math.Max(1, size(sample)));

    /// <summary>The corpus documents that are Markdown exports: the ECOSOC and GA resolutions.</summary>
    public static readonly string[] CorpusMarkdownFiles = ["000_b6a7f7a314a0c2c3.txt", "001_c994054558bf5bc9.txt"];

    /// <summary>
    /// The corpus's two resolutions exported as Markdown, one after the other, repeated to about 1 MB: the paragraph
    /// lengths and the markup of real UN Markdown (headings, emphasis, links on symbols, footnotes), which the
    /// samples' short paragraphs do not have. Only where the corpus is (<see cref="CorpusFiles"/>).
    /// </summary>
    public static byte[] CorpusMarkdown()
    {
        var documents = CorpusMarkdownFiles.Select(f => File.ReadAllText(CorpusFiles.PathOf(f)).Trim()).ToArray();
        var text = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(text.ToString()) < TargetBytes)
        {
            foreach (var document in documents)
            {
                text.Append(document).Append("\n\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Wrapped lines of at most 90 characters, each followed by a blank line, page furniture every 40 lines.</summary>
    public static string PdfExtractedText(SampleDocument sample)
    {
        var text = new StringBuilder();
        var lines = 0;
        foreach (var block in sample.Blocks)
        {
            var content = block.Kind switch
            {
                SampleBlockKind.Numbered => $"{block.Number}. {block.Text}",
                SampleBlockKind.Lettered => $"{block.Number}) {block.Text}",
                _ => block.Text,
            };
            var line = new StringBuilder();
            foreach (var word in content.Split(' '))
            {
                if (line.Length + word.Length > 90)
                {
                    text.Append(line).Append(" \n\n");
                    line.Clear();
                    if (++lines % 40 == 0)
                    {
                        text.Append($"25-{10000 + lines}\n\n");
                    }
                }

                line.Append(word).Append(' ');
            }

            text.Append(line).Append('\n').Append('\n');
        }

        return text.ToString();
    }
}
