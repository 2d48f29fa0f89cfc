using UglyToad.PdfPig;

namespace Serverless.Benchmarks;

/// <summary>Prints the words of a PDF's pages with their geometry and font (a look at a producer's layout while tuning).</summary>
public static class PdfLinesDump
{
    public static void Write(string path, TextWriter output)
    {
        using var document = PdfDocument.Open(path);
        foreach (var page in document.GetPages())
        {
            output.WriteLine($"== page {page.Number} {page.Width:F0}x{page.Height:F0}");
            foreach (var drawn in page.Paths)
            {
                if (drawn.GetBoundingRectangle() is { } box && box.Width < 8 && box.Height < 8)
                {
                    output.WriteLine($"path {box.Left,7:F1} {box.Right,7:F1} {box.Bottom,7:F1} {box.Top,7:F1} filled={drawn.IsFilled}");
                }
            }

            foreach (var word in page.GetWords())
            {
                var letter = word.Letters[0];
                output.WriteLine($"{word.BoundingBox.Left,7:F1} {word.BoundingBox.Right,7:F1} {word.BoundingBox.Bottom,7:F1} {word.BoundingBox.Top,7:F1} {letter.PointSize,5:F1} {word.FontName,-28} {word.Text}");
            }
        }
    }
}
