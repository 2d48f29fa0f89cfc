using System.Text;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Plain text breaks its lines and paragraphs wherever a writer broke them, not only at <c>\n</c> and <c>\r</c>: Unicode's
/// paragraph and line separators, the next-line character of older systems, the vertical tab Word writes for a manual
/// line break, a form feed between pages, and all of them mixed in one file.
/// </summary>
public sealed class LineBreakTests
{
    [Fact]
    public void SplitsParagraphs_When_TheyAreSeparatedByUnicodesParagraphSeparator()
    {
        // Before: one paragraph ("First. Second. Third.").
        var texts = Parsing.Parse("separated.txt", "Broadband reached schools.\u2029Teachers were trained.\u2029Libraries opened.\u2029")
            .Paragraphs.Select(p => p.Text);

        Assert.Equal(["Broadband reached schools.", "Teachers were trained.", "Libraries opened."], texts);
    }

    [Fact]
    public void SplitsMarkdownParagraphs_When_TheyAreSeparatedByUnicodesParagraphSeparator()
    {
        // Before: one paragraph, the heading's marks and the list's dashes inside it as text.
        var text = "# Broadband\u2029Broadband reached schools.\u2028It reached clinics too.\u2029- Teachers were trained.\u0085- Libraries opened.\u2029";

        var paragraphs = Parsing.Parse("separated.md", text).Paragraphs;

        Assert.Equal(["Broadband", "Broadband reached schools. It reached clinics too.", "Teachers were trained.", "Libraries opened."], paragraphs.Select(p => p.Text));
        Assert.Equal(Serverless.Shared.Segmentation.ParagraphKind.Heading, paragraphs[0].Kind);
    }

    [Fact]
    public void ReadsALongMarkdownText_When_ItsOnlyBreaksAreParagraphSeparators()
    {
        // Before: refused as "a line of more than 1,048,576 characters".
        var text = new StringBuilder().Insert(0, "Broadband connectivity reached rural schools.\u2029", 24_000).ToString();

        Assert.Equal(24_000, Parsing.Parse("long.md", text).Paragraphs.Count);
    }

    [Fact]
    public void ReadsEveryParagraph_When_LineEndingsAreMixedInOneFile()
    {
        var text = "One.\r\rTwo.\n\nThree.\r\n\r\nFour.\n\r\nFive.\u2028\u2028Six.\u0085\u0085Seven.\f\fEight.\v\vNine.";

        var texts = Parsing.Parse("mixed.txt", text).Paragraphs.Select(p => p.Text);

        Assert.Equal(["One.", "Two.", "Three.", "Four.", "Five.", "Six.", "Seven.", "Eight.", "Nine."], texts);
    }

    [Fact]
    public void ReadsALongText_When_ItsOnlyBreaksAreParagraphSeparators()
    {
        // Before: 2 MB of paragraphs separated by U+2029 was refused as "a line of more than 1,048,576 characters".
        var text = new StringBuilder().Insert(0, "Broadband connectivity reached rural schools.\u2029", 24_000).ToString();

        var document = Parsing.Parse("long.txt", text);

        Assert.Equal(24_000, document.Paragraphs.Count);
    }
}
