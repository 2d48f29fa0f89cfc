using System.IO.Compression;
using System.Text;
using Serverless.Shared.Reading;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Files built to exhaust the worker (memory, time) are refused before the library that would expand them runs, with
/// a reason for the sender. Peak memory and time on them are measured by the throughput harness
/// (<c>tests/Serverless.Throughput/results/hostile.md</c>), not here.
/// </summary>
public sealed class ResourceBombTests
{
    [Fact]
    public void RefusesAPdf_When_ItsCompressedStreamsExpandPastTheLimit()
    {
        var bomb = HostilePdf.WithFlateStream(inflatedBytes: ReadingLimits.MaxPdfInflatedBytes + (16 * 1024 * 1024));

        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("bomb.pdf", bomb));

        Assert.Contains("compression bomb", error.Message);
    }

    [Fact]
    public void ReadsAPdf_When_ItsStreamsExpandWithinTheLimit()
    {
        // The same construction, small: the guard lets it through to the PDF library, which finds a page without text.
        var small = HostilePdf.WithFlateStream(inflatedBytes: 1024 * 1024);

        var error = Record.Exception(() => Parsing.Parse("small.pdf", small));

        Assert.False(error is UnreadableDocumentException { Message: var m } && m.Contains("compression bomb"), error?.Message);
    }

    [Fact]
    public void RefusesHtml_When_ItNestsDeeperThanTheLimit()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";

        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("deep.html", html));

        Assert.Contains("levels deep", error.Message);
    }

    [Fact]
    public void ReadsHtml_When_ManyParagraphsAndListItemsAreLeftOpen()
    {
        var html = new StringBuilder("<html><body><ul>");
        for (var i = 0; i < 3_000; i++)
        {
            html.Append("<li>Item ").Append(i).Append(" on broadband connectivity.<p>Paragraph ").Append(i).Append(" on digital skills.");
        }

        var document = Parsing.Parse("open.html", html.Append("</ul></body></html>").ToString());

        Assert.True(document.Paragraphs.Count >= 3_000);
    }

    [Fact]
    public void ReadsHtml_When_NestingIsDeepButWithinTheLimit()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 900)) + "<p>Deep but fine.</p>" + string.Concat(Enumerable.Repeat("</div>", 900)) + "</body></html>";

        var document = Parsing.Parse("nested.html", html);

        Assert.Contains(document.Paragraphs, p => p.Text == "Deep but fine.");
    }
}

/// <summary>Minimal PDFs with one content stream, for the compressed-stream guard.</summary>
public static class HostilePdf
{
    public static byte[] WithFlateStream(long inflatedBytes)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < inflatedBytes; written += zeros.Length)
            {
                zlib.Write(zeros, 0, (int)Math.Min(zeros.Length, inflatedBytes - written));
            }
        }

        var data = compressed.ToArray();
        var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        Write("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        Write("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n");
        Write($"4 0 obj\n<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n");
        pdf.Write(data);
        Write("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n");
        return pdf.ToArray();
    }
}
