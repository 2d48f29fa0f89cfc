using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Serverless.Shared.Classification;
using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary;

public class DraftReportTests
{
    private readonly YearSummary _summary = new SummaryCompiler(Taxonomy.LoadEmbedded(), RegionCatalog.LoadEmbedded()).Compile(
        2025,
        [
            new SummaryDocument("d1", "itu.md", "ITU", "en", null,
            [
                new(0, "1", "paragraph", "Broadband reached forty more rural districts, and meaningful connectivity improved in schools and clinics.", ["C2"], 3, ["broadband"], [], []),
                new(1, "2", "paragraph", "Telemedicine pilots connected twelve hospitals in Africa to specialists through national research networks.", ["C7.4"], 2, ["telemedicine"], [], []),
            ]),
        ],
        null,
        DateTimeOffset.UnixEpoch);

    [Fact]
    public void FollowsTheReportStructure_WithOneSectionPerActionLinePresent()
    {
        var draft = new DraftReportBuilder().Build(_summary, "en");

        Assert.Equal(["I. Introduction", "II. Major trends", "III. Regional implementation and follow-up",
            "IV. Implementation and follow-up at the international level", "V. Conclusions"], draft.Sections.Select(s => s.Heading));
        var lines = draft.Sections.SelectMany(s => s.SelfAndDescendants()).Where(s => s.Level == 3).Select(s => s.Heading);
        Assert.Equal(["C2. Information and communication infrastructure", "C7. ICT applications", "C7.4. E-health"], lines);
    }

    [Fact]
    public void EveryQuotedStatementCitesItsDocumentAndParagraph()
    {
        var draft = new DraftReportBuilder().Build(_summary, "en");

        var quotes = draft.Sections.SelectMany(s => s.SelfAndDescendants()).SelectMany(s => s.Paragraphs).Where(p => p.Quote).ToArray();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Matches(@"^ITU, itu\.md, para\. \d+$", Assert.Single(q.Sources)));
    }

    [Fact]
    public void WritesFrench_When_Asked()
    {
        var markdown = Encoding.UTF8.GetString(new MarkdownReportWriter().Write(new DraftReportBuilder().Build(_summary, "fr")));

        Assert.Contains("## II. Grandes tendances", markdown);
        Assert.Contains("C7.4. Cybersanté", markdown);
        Assert.Contains("[ITU, itu.md, par. 1]", markdown);
    }

    [Fact]
    public void WritesADocxWithHeadingStylesAndWordNumbering()
    {
        var bytes = new DocxReportWriter().Write(new DraftReportBuilder().Build(_summary, "en"));

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToArray();
        string? Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        Assert.Equal(5, paragraphs.Count(p => Style(p) == "Heading1"));
        Assert.Contains(paragraphs, p => Style(p) == "Heading3" && p.InnerText == "C7.4. E-health");
        Assert.All(paragraphs.Where(p => Style(p) == "NumberedParagraph"), p => Assert.NotNull(p.ParagraphProperties!.NumberingProperties));
        Assert.NotNull(document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().SingleOrDefault(s => s.StyleId == "Heading1"));
    }

    [Fact]
    public void WritesHtmlWithEscapedTextAndRunningNumbers()
    {
        var html = Encoding.UTF8.GetString(new HtmlReportWriter().Write(new DraftReportBuilder().Build(_summary, "en")));

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<h4>C2. Information and communication infrastructure</h4>", html);
        Assert.Contains("<ol start=\"1\">", html);
        Assert.DoesNotContain("<script", html);
    }
}
