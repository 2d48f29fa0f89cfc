using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Writes a <see cref="SampleDocument"/> as a PDF with PdfPig's builder: lines wrapped as typesetters wrap them (a word
/// goes to the next line only when it does not fit the measure), space between paragraphs, larger type for headings,
/// a running header and a page number on every page (which the reader must drop).
/// </summary>
public static class PdfSampleWriter
{
    private const double Margin = 56;
    private const double BodySize = 11;
    private const double Leading = 14;
    private const double Measure = 595 - (2 * Margin);

    /// <param name="runningHeader">Print the document's name atop every page, as UN documents print their symbol.</param>
    public static byte[] Write(SampleDocument document, int copies = 1, bool runningHeader = false)
    {
        var builder = new PdfDocumentBuilder();
        var (regular, bold) = Fonts(builder);
        var pages = 0;
        PdfPageBuilder? page = null;
        var y = 0.0;

        void NewPage()
        {
            page = builder.AddPage(PageSize.A4);
            pages++;
            if (runningHeader)
            {
                page.AddText(document.Name, 8, new PdfPoint(Margin, 810), regular);
            }

            page.AddText($"{pages}", 8, new PdfPoint(290, 30), regular);
            y = 770;
        }

        NewPage();
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var block in document.Blocks)
            {
                var (size, font, text) = block.Kind switch
                {
                    SampleBlockKind.Title => (16.0, bold, block.Text),
                    SampleBlockKind.Heading => (13.0, bold, block.Text),
                    SampleBlockKind.Numbered => (BodySize, regular, $"{block.Number}. {block.Text}"),
                    SampleBlockKind.Lettered => (BodySize, regular, $"{block.Number}) {block.Text}"),
                    _ => (BodySize, regular, block.Text),
                };
                foreach (var line in Wrap(text, width => page!.MeasureText(width, size, new PdfPoint(Margin, y), font)))
                {
                    if (y < 80)
                    {
                        NewPage();
                    }

                    page!.AddText(line, size, new PdfPoint(Margin, y), font);
                    y -= size > BodySize ? size + 6 : Leading;
                }

                y -= 10;
            }
        }

        return builder.Build();
    }

    /// <summary>A TrueType font with accents when the machine has DejaVu (PdfPig's standard 14 fonts lack some), else Helvetica.</summary>
    public static string? TrueTypeFont { get; } = new[]
    {
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        @"C:\Windows\Fonts\arial.ttf",
    }.FirstOrDefault(File.Exists);

    private static (PdfDocumentBuilder.AddedFont Regular, PdfDocumentBuilder.AddedFont Bold) Fonts(PdfDocumentBuilder builder)
    {
        if (TrueTypeFont is { } path)
        {
            var font = builder.AddTrueTypeFont(File.ReadAllBytes(path));
            var boldPath = path.Replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", StringComparison.Ordinal).Replace("arial.ttf", "arialbd.ttf", StringComparison.Ordinal);
            return (font, File.Exists(boldPath) ? builder.AddTrueTypeFont(File.ReadAllBytes(boldPath)) : font);
        }

        return (builder.AddStandard14Font(Standard14Font.Helvetica), builder.AddStandard14Font(Standard14Font.HelveticaBold));
    }

    private static IEnumerable<string> Wrap(string text, Func<string, IReadOnlyList<Letter>> measure)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && Width(measure($"{line} {word}")) > Measure)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static double Width(IReadOnlyList<Letter> letters) =>
        letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
}
