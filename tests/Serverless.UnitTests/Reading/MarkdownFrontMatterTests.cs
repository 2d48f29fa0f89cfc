using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Reading;

/// <summary>A Markdown file's front matter is read as pandoc prints it: its title, authors and date, never its other keys.</summary>
public class MarkdownFrontMatterTests
{
    [Fact]
    public void ReadsTheTitleAuthorsAndDate_AndNoOtherKey()
    {
        const string text = "---\ntitle: \"PacNet Foundation contribution to the 2025 WSIS report\"\nauthor:\n  - PacNet Foundation\n  - Tuvalu Telecom\n" +
                            "date: 2025-11-30\nlayout: post\ntags: [wsis, pacific]\n---\n\nIn 2025 the Foundation connected 18 health posts.\n";

        var paragraphs = Parsing.Parse("pacnet.md", text).Paragraphs;

        Assert.Equal(
            [
                (ParagraphKind.Heading, "PacNet Foundation contribution to the 2025 WSIS report"), (ParagraphKind.Paragraph, "PacNet Foundation"),
                (ParagraphKind.Paragraph, "Tuvalu Telecom"), (ParagraphKind.Paragraph, "2025-11-30"),
                (ParagraphKind.Paragraph, "In 2025 the Foundation connected 18 health posts."),
            ],
            paragraphs.Select(p => (p.Kind, p.Text)));
    }

    [Fact]
    public void ReadsAFrontMatterWithATitleOnly_AsTheDocumentsHeading()
    {
        var document = Parsing.Parse("pacnet.md", "---\ntitle: PacNet Foundation contribution to the 2025 WSIS report\n---\n\nIn 2025 the Foundation connected 18 health posts.\n");

        Assert.Equal("PacNet Foundation contribution to the 2025 WSIS report", document.Paragraphs[0].Text);
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("title:", StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsTheText_When_AFileOpensWithTwoRulesAroundAParagraph()
    {
        var paragraphs = Parsing.Parse("note.md", "---\nA paragraph between two rules.\n---\n\nMore text.\n").Paragraphs;

        Assert.Equal(["A paragraph between two rules.", "More text."], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void ReadsAnchoredValuesAsText_AndExpandsNoAliasOfAList_When_TheFrontMatterUsesYamlAnchors()
    {
        // Before: the heading was '&t "Digital schools"', the authors "*t" and "*org", and the date "*l9": YAML's marks
        // were read as the document's words. Anchors naming lists of aliases of lists ten deep (a billion laughs) give
        // nothing: an alias stands for one text value, never a list.
        const string text = "---\norg: &org PacNet Foundation\ntitle: &t !!str \"Digital schools\"\nauthor: [*org, *nothing]\n" +
                            "l1: &l1 [*t, *t, *t, *t, *t, *t, *t, *t, *t, *t]\nl2: &l2 [*l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1]\n" +
                            "date: *l2\nsubtitle: *t\n---\n\nIn 2025 the Foundation connected 18 health posts.\n";

        var paragraphs = Parsing.Parse("anchors.md", text).Paragraphs;

        Assert.Equal(
            [
                (ParagraphKind.Heading, "Digital schools"), (ParagraphKind.Paragraph, "Digital schools"), (ParagraphKind.Paragraph, "PacNet Foundation"),
                (ParagraphKind.Paragraph, "In 2025 the Foundation connected 18 health posts."),
            ],
            paragraphs.Select(p => (p.Kind, p.Text)));
    }
}
