using System.Globalization;
using Serverless.UnitTests.Renditions;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Layouts of the documentation tools and HTML layouts of the fourteenth rendition round (<c>tests/renditions/</c>:
/// rst2pdf, PyMuPDF's Story): a list's number wrapped in its own narrow column, a compound cut at the foot of a page, a
/// footer in the body's type on a single page, a title set flush right.
/// </summary>
public sealed class PdfDocumentationToolLayoutTests
{
    [Fact]
    public void ReadsTheNumber_When_ItsFullStopWrappedUnderItInANarrowColumn()
    {
        // Arrange: paragraph 9 fits its column; "10" and "11" do not with their full stop, which stands on the next line
        // under the number's last digit, before the text (as rst2pdf sets them). Helvetica at 10 pt: the stop's advance
        // ends where the number's does.
        var content = string.Join('\n',
            Text(64, 700, "9."), Text(80, 700, "The Commission updated its regional index of digital government services, which measures"),
            Text(80, 688, "the availability, use and quality of online public services in the region."),
            Text(65, 670, "10"), Text(80, 670, "In the field of e-health, the Commission and the World Health Organization assisted two"),
            Text(65 + 11.12 - 2.78, 658, "."), Text(80, 658, "countries in the adoption of national guidelines on telemedicine and on data exchange."),
            Text(65, 640, "11"), Text(80, 640, "The Commission will continue to report to the Economic and Social Council, through the"),
            Text(65 + 11.12 - 2.78, 628, "."), Text(80, 628, "Commission on Science and Technology for Development, on the outcomes of the Summit."));

        // Act
        var paragraphs = Parsing.Parse("numbers.pdf", OnePagePdf.Write(content)).Paragraphs;

        // Assert
        Assert.Equal(["9", "10", "11"], paragraphs.Select(p => p.Number));
        Assert.Equal("In the field of e-health, the Commission and the World Health Organization assisted two countries in the " +
                     "adoption of national guidelines on telemedicine and on data exchange.", paragraphs[1].Text);
        Assert.StartsWith("The Commission will continue to report", paragraphs[2].Text, StringComparison.Ordinal);
        Assert.EndsWith("through the Commission on Science and Technology for Development, on the outcomes of the Summit.", paragraphs[2].Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsTheNumbers_When_RstToPdfWrapsTheirFullStops()
    {
        // Before: "10 In the field of e-health, ... assisted two countries in the . adoption of ...", with no number.
        var paragraphs = Parsing.Parse("en-numbered.pdf", File.ReadAllBytes(RenditionCorpus.PathOf("rst2pdf/en-numbered.pdf"))).Paragraphs;

        Assert.StartsWith("In the field of e-health", paragraphs.Single(p => p.Number == "10").Text, StringComparison.Ordinal);
        Assert.StartsWith("The Commission will continue", paragraphs.Single(p => p.Number == "11").Text, StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains(" . ", StringComparison.Ordinal));
    }

    [Fact]
    public void JoinsACompoundWithoutASpace_When_APageBreakCutsItAtItsHyphen()
    {
        // Arrange: a paragraph whose last line on page 1 ends "thirty-" and whose rest opens page 2 (as MuPDF's Story
        // wrapped "thirty-eight" at a page's foot). Before: "up from thirty- eight per cent".
        var first = string.Join('\n',
            Text(72, 700, "More than 2,400 civil servants followed the online courses of the academy on digital"),
            Text(72, 688, "government, cybersecurity, data governance and artificial intelligence. Women made"),
            Text(72, 676, "up forty-six per cent of the participants, up from thirty-"));
        var second = string.Join('\n',
            Text(72, 700, "eight per cent in the previous year, and the academy plans new courses on data protection"),
            Text(72, 688, "for 2026."),
            Text(72, 664, "A regional workshop on digital skills for youth was held in Amman in October 2025 with the"),
            Text(72, 652, "support of the United Nations Educational, Scientific and Cultural Organization."));

        // Act
        var paragraphs = Parsing.Parse("pages.pdf", TwoPages(first, second)).Paragraphs;

        // Assert
        Assert.Equal(2, paragraphs.Count);
        Assert.Contains("up from thirty-eight per cent in the previous year,", paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LeavesOutAFooterInTheBodysType_When_ItGivesThePageAndTheCountOfPages()
    {
        // Arrange: a one-page contribution whose footer, in the body's own type at the foot of the page, names the
        // document beside "page 1 of 1" (as rst2pdf sets its --footer): nothing recurs on one page.
        var content = string.Join('\n',
            Text(72, 700, "The Observatory follows the action lines of the World Summit on the Information Society in"),
            Text(72, 688, "seven landlocked developing countries and reports what its members did during the year."),
            Text(72, 664, "Fibre backbones crossed two more borders in 2025, so that four of the seven countries now"),
            Text(72, 652, "reach a submarine cable through two different neighbours."),
            Text(200, 40, "Contribution to the WSIS report 2025 - page 1 of 1"));

        // Act
        var paragraphs = Parsing.Parse("footer.pdf", OnePagePdf.Write(content)).Paragraphs;

        // Assert
        Assert.Equal(2, paragraphs.Count);
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("page 1 of 1", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsATitleWhole_When_ItsLinesAreSetFlushRight()
    {
        // Arrange: a title in 20-point type over four lines ending at one right edge (x = 520), their left edges
        // ragged (as Sphinx's howto class sets its title block), then a paragraph in 10-point type. The third line
        // starts more than an em right of the second and shares no middle with it.
        var title = new (double Left, double Baseline, string Text)[]
        {
            (164.28, 720, "Contribution of the Economic and Social"),
            (143.22, 696, "Commission for Western Asia to the report"),
            (189.86, 672, "of the Secretary-General on progress"),
            (127.6, 648, "made in the implementation of and follow-up"),
        };
        var content = string.Join('\n', title.Select(l => Text(l.Left, l.Baseline, l.Text, 20)).Concat(
        [
            Text(72, 600, "This contribution responds to the letter of the Secretary-General of the United Nations"),
            Text(72, 588, "Conference on Trade and Development and reports on the activities of the Commission."),
        ]));

        // Act
        var paragraphs = Parsing.Parse("title.pdf", OnePagePdf.Write(content)).Paragraphs;

        // Assert
        Assert.Equal(2, paragraphs.Count);
        Assert.Equal(string.Join(' ', title.Select(l => l.Text)), paragraphs[0].Text);
    }

    /// <summary>A letter-size PDF of two pages whose contents are written by hand, in Helvetica (font <c>/F1</c>).</summary>
    private static byte[] TwoPages(string first, string second) => Serverless.IntegrationTests.Hostile.HostileFiles.MiniPdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 7 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 7 0 R >> >> /Contents 6 0 R >>",
        $"<< /Length {first.Length} >>\nstream\n{first}\nendstream",
        $"<< /Length {second.Length} >>\nstream\n{second}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

    /// <summary>A line of Helvetica (10 pt unless given) whose text starts at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    private static string Text(double x, double y, string text, double size = 10) =>
        string.Create(CultureInfo.InvariantCulture, $"BT /F1 {size:0.##} Tf 1 0 0 1 {x:0.##} {y:0.##} Tm ({text}) Tj ET");
}
