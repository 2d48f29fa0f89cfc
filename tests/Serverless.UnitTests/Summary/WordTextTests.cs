using DocumentFormat.OpenXml.Packaging;
using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary;

/// <summary>
/// A quoted sentence or a source holding a character XML cannot hold (a NUL, a bell, U+FFFF, half a surrogate pair):
/// the Word report leaves the character out instead of failing whole.
/// </summary>
public class WordTextTests
{
    [Theory]
    [InlineData("Plain words, tab\tand line\nends.", "Plain words, tab\tand line\nends.")]
    [InlineData("a\0b\u0007c\u001Bd", "abcd")]
    [InlineData("a\uFFFEb\uFFFFc", "abc")]
    [InlineData("a pair \uD83C\uDF0D stays", "a pair \uD83C\uDF0D stays")]
    public void KeepsWhatXmlCanHold_AndNothingElse(string text, string expected) =>
        Assert.Equal(expected, WordText.Valid(text));

    [Fact]
    public void LeavesOutHalfASurrogatePair()
    {
        // Built at run time: an attribute's strings are stored as UTF-8, where half a pair becomes U+FFFD.
        var text = "lone " + (char)0xD800 + " high, lone " + (char)0xDC00 + " low";

        Assert.Equal("lone  high, lone  low", WordText.Valid(text));
    }

    [Fact]
    public void WordReport_IsWritten_When_AQuotedSentenceHoldsControlCharacters()
    {
        var report = new DraftReport("en", "Title\u0000", "Subtitle",
        [
            new ReportSection(1, "I. Access\u0007", [new ReportParagraph(
                new ReportSentence("According to A, broadband\0 reached 40 districts\uFFFF.", "A, a\u001B.md, para. 1"))], []),
        ]);

        // Before, the writer threw ("hexadecimal value 0x00, is an invalid character").
        var bytes = new DocxReportWriter().Write(report);

        using var docx = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Contains("According to A, broadband reached 40 districts.", docx.MainDocumentPart!.Document.Body!.InnerText);
        Assert.Contains("A, a.md, para. 1", docx.MainDocumentPart.FootnotesPart!.Footnotes!.InnerText);
    }
}
