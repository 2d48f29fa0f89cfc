using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary;

/// <summary>
/// A quoted sentence that opens a right-to-left override or isolate and never closes it: the report closes it at the
/// sentence's end, so it cannot reverse or reorder what the report writes after it.
/// </summary>
public class DirectionalControlsTests
{
    private const string Rlo = "\u202E", Lre = "\u202A", Pdf = "\u202C", Rli = "\u2067", Fsi = "\u2068", Pdi = "\u2069";

    [Theory]
    [InlineData("Plain words.", "Plain words.")]
    [InlineData("a" + Rlo + "b", "a" + Rlo + "b" + Pdf)]
    [InlineData("a" + Rli + "b", "a" + Rli + "b" + Pdi)]
    [InlineData("a" + Rlo + "b" + Pdf + " c", "a" + Rlo + "b" + Pdf + " c")]
    [InlineData("a" + Rli + "b" + Rlo + "c", "a" + Rli + "b" + Rlo + "c" + Pdf + Pdi)]
    [InlineData("a" + Lre + "b" + Fsi + "c" + Pdf, "a" + Lre + "b" + Fsi + "c" + Pdf + Pdi + Pdf)] // a PDF inside an isolate closes nothing outside it
    [InlineData("a" + Rli + "b" + Rlo + "c" + Pdi + "d", "a" + Rli + "b" + Rlo + "c" + Pdi + "d")] // the PDI closed the override opened inside it
    [InlineData(Pdf + Pdi + "stray closers", Pdf + Pdi + "stray closers")]
    public void ClosesWhatTheTextOpens_AndNothingElse(string text, string expected) =>
        Assert.Equal(expected, DirectionalControls.Closed(text));

    [Fact]
    public void ClosesAnOverrideAtItsSentence_InEveryFormatOfTheReport()
    {
        // Two sentences in one paragraph, the first from a contribution that opens a right-to-left override.
        var report = new DraftReport("en", "Title", "Subtitle",
        [
            new ReportSection(1, "I. Access", [new ReportParagraph(
                new ReportSentence("According to A, " + Rlo + "gnitirw desrever and " + Rli + "an isolate.", "A, a.md, para. 1"),
                new ReportSentence("According to B, broadband grew.", "B, b.md, para. 2"))], []),
        ]);

        foreach (var text in Rendered(report))
        {
            // Before, nothing closed them: the next sentence (B's) was drawn reversed in the same paragraph.
            var second = text.IndexOf("According to B", StringComparison.Ordinal);
            var closed = text.LastIndexOf(Pdi + Pdf, second, StringComparison.Ordinal);
            Assert.True(closed > text.IndexOf(Rlo, StringComparison.Ordinal), text);
        }
    }

    private static IEnumerable<string> Rendered(DraftReport report)
    {
        yield return Encoding.UTF8.GetString(new HtmlReportWriter().Write(report));
        yield return Encoding.UTF8.GetString(new MarkdownReportWriter().Write(report));
        using var docx = WordprocessingDocument.Open(new MemoryStream(new DocxReportWriter().Write(report)), false);
        yield return docx.MainDocumentPart!.Document.Body!.InnerText;
    }
}
