using System.Text;
using Markdig;
using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary;

/// <summary>The Markdown report rendered as a portal would (Markdig, raw HTML allowed as CommonMark allows it).</summary>
public class MarkdownReportEscapingTests
{
    [Theory]
    [InlineData("<script>alert('wsis')</script>", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "<img")]
    [InlineData("[click](javascript:alert(1))", "href")]
    [InlineData("![x](https://tracker.example/p.gif)", "<img")]
    [InlineData("Line one\n\n<iframe src=//evil></iframe>", "<iframe")]
    [InlineData("&lt;script&gt;", "&lt;script&gt;")]
    public void RendersContributionTextAsText_When_ItCarriesMarkup(string hostile, string absent)
    {
        var html = Render(Report(hostile, entity: "ITU", source: "ITU, report.md, para. 1"));

        Assert.DoesNotContain(absent, html);
    }

    [Fact]
    public void RendersEntitiesAndFileNamesAsText_When_TheyCarryMarkup()
    {
        var html = Render(Report("Plain text.", entity: "<b>ITU</b>", source: "<b>ITU</b>, [x](javascript:1).md, para. 1"));

        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("href", html);
        Assert.Contains("&lt;b&gt;ITU&lt;/b&gt;", html);
    }

    [Fact]
    public void KeepsTheWordsReadable_When_TheyHaveNoMarkup()
    {
        var html = Render(Report("The Council (ITU) adopted resolution 1332 & more.", entity: "ITU", source: "ITU, report.md, para. 1"));

        Assert.Contains("The Council (ITU) adopted resolution 1332 &amp; more.", html);
    }

    private static DraftReport Report(string text, string entity, string source) => new(
        "en",
        "Progress made in the implementation of WSIS",
        "Contributions of " + entity,
        [new ReportSection(1, "I. " + entity, [new ReportParagraph(new ReportSentence(text, source))], [])]);

    private static string Render(DraftReport report) =>
        Markdown.ToHtml(Encoding.UTF8.GetString(new MarkdownReportWriter().Write(report)));
}
