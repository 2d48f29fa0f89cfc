using System.Text;
using Serverless.IntegrationTests.Hostile;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// A readable PDF whose dot leaders (between a heading and its page number, along a table's rows) are drawn in a font
/// without a character map, as an InDesign report's budget tables are: the document is read, the leaders left out.
/// A PDF whose every word lost its map still fails (<see cref="BadInputTests"/>).
/// </summary>
public sealed class PdfUnmappedLeadersTests
{
    [Fact]
    public void ReadsTheDocumentWithoutItsLeaders_When_OnlyTheLeadersHaveNoCharacterMap()
    {
        // Arrange: three paragraphs, then three contents lines whose leaders (40 glyphs each) map to control codes:
        // a tenth of the page's characters, a few of its words.
        var bytes = LeadersPdf();

        // Act
        var paragraphs = Parsing.Parse("report.pdf", bytes).Paragraphs;

        // Assert
        Assert.Contains(paragraphs, p => p.Text.StartsWith("The Agency opened three community centres", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Text == "Chapter 2 Training for teachers 14");
        Assert.DoesNotContain(paragraphs, p => p.Text.Any(c => char.IsControl(c) || c == '\uFFFD'));
    }

    /// <summary>
    /// One page: body text in Helvetica, and contents lines whose leaders are drawn in a Type 0 font with neither an
    /// embedded program nor a ToUnicode map (Identity-H), so each glyph reads as the control code of its number.
    /// </summary>
    private static byte[] LeadersPdf()
    {
        var content = new StringBuilder();
        var y = 780;
        foreach (var sentence in new[]
        {
            "The Agency opened three community centres in rural districts during the year.",
            "Each centre offers free connections, training for teachers and help with online forms.",
            "More than four thousand people used them in the first six months of operation.",
        })
        {
            content.Append($"BT /F1 11 Tf 72 {y} Td ({sentence}) Tj ET\n");
            y -= 28;
        }

        var leaders = string.Concat(Enumerable.Repeat("0003", 40));
        foreach (var (chapter, page) in new[] { ("Chapter 1 Community centres", 8), ("Chapter 2 Training for teachers", 14), ("Chapter 3 Online forms", 21) })
        {
            content.Append($"BT /F1 11 Tf 72 {y} Td ({chapter}) Tj /F2 11 Tf <{leaders}> Tj /F1 11 Tf ( {page}) Tj ET\n");
            y -= 28;
        }

        var stream = content.ToString();
        return HostileFiles.MiniPdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /Leaders /Encoding /Identity-H /DescendantFonts [7 0 R] >>",
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Leaders /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 280 >>",
            "<< /Type /FontDescriptor /FontName /Leaders /Flags 32 /FontBBox [0 0 500 700] /ItalicAngle 0 /Ascent 700 /Descent -200 /CapHeight 700 /StemV 80 >>");
    }
}
