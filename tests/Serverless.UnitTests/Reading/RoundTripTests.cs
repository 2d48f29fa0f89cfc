using System.Text;
using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Reading;

/// <summary>The same document written as Markdown, HTML, DOCX and PDF gives the same paragraphs.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Formats => new() { "md", "html", "docx", "pdf", "txt" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void GivesSameParagraphs_When_EnglishContributionIsWrittenInFormat(string format) =>
        AssertSameParagraphs(SampleDocuments.ItuContribution, format);

    [Theory]
    [MemberData(nameof(Formats))]
    public void GivesSameParagraphs_When_FrenchContributionIsWrittenInFormat(string format) =>
        AssertSameParagraphs(SampleDocuments.UnescoContributionFrench, format);

    private static void AssertSameParagraphs(SampleDocument sample, string format)
    {
        // Arrange
        var content = format switch
        {
            "md" => Encoding.UTF8.GetBytes(sample.ToMarkdown()),
            "txt" => Encoding.UTF8.GetBytes(sample.ToMarkdown()),
            "html" => Encoding.UTF8.GetBytes(sample.ToHtml()),
            "docx" => DocxSampleWriter.Write(sample),
            _ => PdfSampleWriter.Write(sample),
        };

        // Act
        var parsed = Parsing.Parse($"{sample.Name}.{format}", content);

        // Assert
        var expected = sample.Blocks.Select(Expected).ToList();
        var actual = parsed.Paragraphs.Select(p => (p.Kind, p.Number, p.Text)).ToList();
        Assert.Equal(expected, actual);
    }

    private static (ParagraphKind, string?, string) Expected(SampleBlock block) => block.Kind switch
    {
        SampleBlockKind.Title or SampleBlockKind.Heading => (ParagraphKind.Heading, null, block.Text),
        SampleBlockKind.Numbered => (ParagraphKind.Paragraph, block.Number, block.Text),
        SampleBlockKind.Lettered => (ParagraphKind.ListItem, block.Number, block.Text),
        _ => (ParagraphKind.Paragraph, null, block.Text),
    };
}
