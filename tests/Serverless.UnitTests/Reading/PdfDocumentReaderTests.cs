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
    public void KeepsListItemWhole_When_ContinuationLinesHangUnderItsText()
    {
        // Arrange: numbered items as a browser or word processor prints them: the marker at the margin, the text and
        // its continuation lines aligned a tab further (a hanging indent), with no more space between items than lines.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var y = 700.0;
        void Line(string text, double x) { page.AddText(text, 11, new PdfPoint(x, y), font); y -= 14; }
        page.AddText("1.", 11, new PdfPoint(56, y), font);
        Line("The Commission published a regional study of broadband affordability in eighteen", 74);
        Line("Arab countries and recommended infrastructure sharing.", 74);
        page.AddText("2.", 11, new PdfPoint(56, y), font);
        Line("Together with ITU, the Commission supported three least developed countries in", 74);
        Line("the preparation of national broadband plans.", 74);

        // Act
        var paragraphs = Parsing.Parse("items.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(
            [("1", "The Commission published a regional study of broadband affordability in eighteen Arab countries and recommended infrastructure sharing."),
             ("2", "Together with ITU, the Commission supported three least developed countries in the preparation of national broadband plans.")],
            paragraphs.Select(p => (p.Number, p.Text)));
    }

    [Fact]
    public void OpensListItem_When_BulletIsDrawnAsAShape()
    {
        // Arrange: as a browser prints a bullet list: each bullet a small filled square, no bullet character in the text,
        // the first item's line as long as the measure, so only the drawn bullet says where the next item starts.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        string[] items = ["open government data and the reuse of public sector information in every ministry;", "the protection of personal data;"];
        page.AddText("The academy introduced the following new courses in Arabic, English and French:", 11, new PdfPoint(56, 700), font);
        for (var i = 0; i < items.Length; i++)
        {
            var y = 672 - (i * 14);
            page.DrawRectangle(new PdfPoint(64, y + 2), 4, 4, 1, fill: true);
            page.AddText(items[i], 11, new PdfPoint(74, y), font);
        }

        // Act
        var paragraphs = Parsing.Parse("bullets.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(items, paragraphs.Where(p => p.Kind == Serverless.Shared.Segmentation.ParagraphKind.ListItem).Select(p => p.Text));
    }

    [Fact]
    public void AttachesFootnoteWithItsFirstLetter_When_CallIsRaisedAndNoteSitsAtFootOfPage()
    {
        // Arrange: a raised, smaller call after "Summit", and the note in small type at the foot of the page.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("The Council recalled the outcomes of the Summit.", 11, new PdfPoint(56, 700), font);
        page.AddText("1", 7, new PdfPoint(304, 704), font);
        page.AddText("Its resolution asks the Secretary-General for a yearly report on the progress made in the", 11, new PdfPoint(56, 672), font);
        page.AddText("implementation of those outcomes at the regional and international levels.", 11, new PdfPoint(56, 658), font);
        page.AddText("1 See General Assembly resolution 70/125, para. 6.", 9, new PdfPoint(56, 120), font);

        // Act
        var paragraphs = Parsing.Parse("note.pdf", builder.Build()).Paragraphs;

        // Assert
        var calling = paragraphs.Single(p => p.Text.StartsWith("The Council", StringComparison.Ordinal));
        Assert.Equal("The Council recalled the outcomes of the Summit.", calling.Text);
        Assert.Equal(["See General Assembly resolution 70/125, para. 6."], calling.Footnotes!);
    }

    [Theory]
    [InlineData("The works to connect the schools planned in the three eastern provinces of the country are now", "over or on course.")]
    [InlineData("The Sector reported that two in five of the officials trained in its spectrum management courses", "are women.")]
    [InlineData("The Sector reported that most of the networks built in the region with its support are now", "secure.")]
    public void AttachesFootnote_When_ItsCallIsRaisedOverALastLineOfShortLetters(string line, string last)
    {
        // Arrange: a paragraph whose last line has no letter rising above the x-height, the call after it raised by
        // half an em (Apache FOP, pdflatex): the call's box and the line's only touch.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var page = builder.AddPage(PageSize.A4);
        page.AddText(line, 11, new PdfPoint(62, 700), font);
        var letters = page.AddText(last, 11, new PdfPoint(62, 684.6), font);
        page.AddText("2", 7, new PdfPoint(letters[^1].EndBaseLine.X, 689.5), font);
        page.AddText("The secretariat will report on the next edition of the study to the Council at its next session.", 11, new PdfPoint(62, 660), font);
        page.AddText("2 Prices are compared with the monthly gross national income per person.", 8.5, new PdfPoint(62, 90), font);

        // Act
        var paragraphs = Parsing.Parse("call.pdf", builder.Build()).Paragraphs;

        // Assert
        var calling = paragraphs.Single(p => p.Text.StartsWith(line[..10], StringComparison.Ordinal));
        Assert.Equal($"{line} {last}", calling.Text);
        Assert.Equal(["Prices are compared with the monthly gross national income per person."], calling.Footnotes!);
    }

    [Fact]
    public void KeepsLastLineInItsParagraph_When_ItsCallSetsItLower()
    {
        // Arrange: lines 13.2 pt apart, paragraphs 20 pt; the last line of short letters holds a call raised by half an
        // em, and the printer grew that line's box to hold it (Apache FOP): it stands 15.4 pt under the line before.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var page = builder.AddPage(PageSize.A4);
        string[] lines = ["The Sector published a new edition of its report on prices, which shows that the price of mobile",
            "access fell in every region of the world in the year under review, and that the fall was steepest in",
            "the least developed countries, where a gigabyte of data now costs a third of what it cost in 2020, but",
            "that the price of a basic plan remains beyond the reach of a large share of the poorest households and"];
        page.AddText("The regional offices supported the Member States in the planning of their national networks.", 11, new PdfPoint(62, 720), font);
        var y = 700.0;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new PdfPoint(62, y), font);
            y -= 13.2;
        }

        var letters = page.AddText("users.", 11, new PdfPoint(62, y - 2.2), font);
        page.AddText("2", 7, new PdfPoint(letters[^1].EndBaseLine.X, y + 2.7), font);
        page.AddText("The Forum will be held in Geneva in July, and its programme will include a high-level session.", 11, new PdfPoint(62, y - 22.2), font);
        page.AddText("2 Prices are compared with the monthly gross national income per person.", 8.5, new PdfPoint(62, 90), font);

        // Act
        var paragraphs = Parsing.Parse("lowered.pdf", builder.Build()).Paragraphs;

        // Assert
        var calling = paragraphs.Single(p => p.Text.StartsWith("The Sector", StringComparison.Ordinal));
        Assert.Equal($"{string.Join(" ", lines)} users.", calling.Text);
        Assert.Equal(["Prices are compared with the monthly gross national income per person."], calling.Footnotes!);
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
