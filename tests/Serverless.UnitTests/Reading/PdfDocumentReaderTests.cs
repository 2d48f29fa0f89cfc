using Serverless.Shared.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Serverless.UnitTests.Reading;

public sealed class PdfDocumentReaderTests
{
    [Fact]
    public void DropsRunningHeaderAndPageNumbers_When_TheyRepeatOnEveryPage()
    {
        // Arrange: the contribution three times over, which fills several pages.
        var pdf = PdfSampleWriter.Write(SampleDocuments.ItuContribution, copies: 3, runningHeader: true);

        // Act
        var paragraphs = Parsing.Parse("contribution.pdf", pdf).Paragraphs;

        // Assert
        Assert.True(paragraphs.Max(p => p.Page ?? 0) > 1, "the sample should span pages");
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains(SampleDocuments.ItuContribution.Name, StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => int.TryParse(p.Text, out _));
        Assert.Equal(3 * SampleDocuments.ItuContribution.Blocks.Count, paragraphs.Count);
    }

    [Fact]
    public void ReadsLeftColumnFirst_When_PageHasTwoColumns()
    {
        // Arrange
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        string[] left = ["The Commission on Science and", "Technology for Development met", "in Geneva and reviewed action", "line C2 on infrastructure and", "action line C4 on capacities."];
        string[] right = ["The General Assembly asked the", "Secretary-General to report on", "e-health under action line C7.4", "and on the work of ECOSOC in", "the follow-up of the Summit."];
        for (var i = 0; i < left.Length; i++)
        {
            page.AddText(left[i], 11, new PdfPoint(56, 700 - (i * 14)), font);
            page.AddText(right[i], 11, new PdfPoint(320, 700 - (i * 14)), font);
        }

        // Act
        var paragraphs = Parsing.Parse("columns.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal([string.Join(' ', left), string.Join(' ', right)], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void RecognisesPdf_When_FileIsNamedAsText()
    {
        // Arrange
        var pdf = PdfSampleWriter.Write(SampleDocuments.ItuContribution);
        var source = new DocumentSource("contribution.txt", "text/plain", pdf);

        // Act
        var readers = new DocumentReaderRegistry([new PlainTextReader(), new MarkdownReader(), new HtmlDocumentReader(), new DocxDocumentReader(), new PdfDocumentReader()]);

        // Assert
        Assert.Equal("pdf", readers.Find(source)?.Format);
    }
}
