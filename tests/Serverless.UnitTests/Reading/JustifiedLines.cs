using Serverless.Shared.Reading;
using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Lines of one justified paragraph (every line ends at the same right edge), joined as the PDF reader joins them and
/// then settled by <see cref="PdfHyphenation"/>, which decides each line-end hyphen from the document's other words.
/// </summary>
internal static class JustifiedLines
{
    public static string Settle(params string[] texts)
    {
        var lines = texts.Select((t, i) => new PdfLine(t, 1, 56, 500, 700 - (i * 14), 690 - (i * 14), 10, false)).ToList();
        var block = new System.Text.StringBuilder();
        foreach (var text in texts)
        {
            PdfBodyAssembler.Join(block, text);
        }

        List<TextBlock> blocks = [new TextBlock(block.ToString(), BlockKind.Paragraph, Page: 1)];
        new PdfHyphenation([new PdfPageLines(1, 842, lines)]).SettleAll(blocks);
        return blocks[0].Text;
    }
}
