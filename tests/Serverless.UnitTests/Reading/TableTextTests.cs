using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Tables in Markdown, HTML and DOCX: a table of data stays rows, but a questionnaire's answers in a table are read as
/// paragraphs under their questions, and a web page's banner, footer and cookie notice are not its text.
/// </summary>
public class TableTextTests
{
    private const string Answer = "CARICAD helped six Eastern Caribbean governments move their public procurement to an online portal.";

    [Fact]
    public void KeepsATableOfData_AsTableRows()
    {
        var paragraphs = Parsing.Parse("data.md", "| Country | Schools | Clinics |\n|---|---|---|\n| Kenya | 45 | 60 |\n| Uganda | 30 | 12 |\n").Paragraphs;

        Assert.All(paragraphs, p => Assert.Equal(ParagraphKind.Table, p.Kind));
        Assert.Equal(["Country | Schools | Clinics", "Kenya | 45 | 60", "Uganda | 30 | 12"], paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("answers.md", "| Question | Response |\n|---|---|\n| 1. Main activities in 2025 | " + Answer + " |\n| 2. Plans for 2026 | A regional shared service for cloud hosting. |\n")]
    [InlineData("answers.html", "<html><body><table><tr><th>Question</th><th>Response</th></tr><tr><td>1. Main activities in 2025</td><td>" + Answer +
        "</td></tr><tr><td>2. Plans for 2026</td><td>A regional shared service for cloud hosting.</td></tr></table></body></html>")]
    public void ReadsAQuestionnairesAnswers_AsParagraphsUnderTheirQuestions(string fileName, string text)
    {
        var paragraphs = Parsing.Parse(fileName, text).Paragraphs;

        Assert.Equal(
            [
                (ParagraphKind.Table, "Question | Response"),
                (ParagraphKind.Heading, "Main activities in 2025"), (ParagraphKind.Paragraph, Answer),
                (ParagraphKind.Heading, "Plans for 2026"), (ParagraphKind.Paragraph, "A regional shared service for cloud hosting."),
            ],
            paragraphs.Select(p => (p.Kind, p.Text)));
    }

    [Fact]
    public void ReadsAWebPagesContent_NotItsBannerFooterOrCookieNotice()
    {
        const string page = "<html><body><header><div class=\"cookie-banner\">We use cookies to improve your experience.</div><p>Home | About us</p></header>" +
                            "<main><h1>Smart Africa Alliance: contribution to the 2025 WSIS report</h1><p>Seven member States ended roaming charges.</p></main>" +
                            "<footer><p>© 2025 Smart Africa Alliance. All rights reserved.</p></footer></body></html>";

        var paragraphs = Parsing.Parse("page.html", page).Paragraphs;

        Assert.Equal(["Smart Africa Alliance: contribution to the 2025 WSIS report", "Seven member States ended roaming charges."], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void KeepsAnArticlesOwnHeader_When_ThePageHasNoMainElement()
    {
        const string page = "<html><body><nav>Home</nav><article><header><h1>Contribution of the Lakeside Digital Trust</h1></header>" +
                            "<p>In 2025 the Trust connected 58 rural clinics.</p><footer><p>Contact: trust@example.org</p></footer></article>" +
                            "<footer><p>All rights reserved.</p></footer></body></html>";

        var paragraphs = Parsing.Parse("page.html", page).Paragraphs;

        Assert.Equal(["Contribution of the Lakeside Digital Trust", "In 2025 the Trust connected 58 rural clinics.", "Contact: trust@example.org"], paragraphs.Select(p => p.Text));
    }
}
