using Serverless.Shared.Segmentation;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// What word processors and browsers print around the body of a contribution: a running header and footer set
/// further in than the outer tenth of the page (deep margins, a footer of two lines), and a cover title in large type,
/// centred, wrapped over lines (the whole files are in <c>tests/renditions/</c>, <c>sources/running/</c>).
/// </summary>
public sealed class PdfRunningFurnitureTests
{
    private const string Body1 = "The Observatory follows the action lines of the World Summit on the Information Society in";
    private const string Body2 = "seven landlocked developing countries and reports what its members did during the year.";
    private const string Body3 = "Fibre backbones crossed two more borders, so that four of the seven countries now reach a";
    private const string Body4 = "submarine cable through two different neighbours, and prices of capacity fell by a fifth.";

    [Fact]
    public void DropsRunningHeader_When_ItRepeatsAtTheSamePlaceBelowTheTopMargin()
    {
        // Arrange: the header 96 pt below the top of each A4 page (further in than a tenth of it), just above the
        // letterhead line that opens page 1.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var number = 1; number <= 2; number++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Andean Connectivity Observatory", 9, new PdfPoint(400, 746), font);
            if (number == 1)
            {
                page.AddText("Andean Connectivity Observatory - Contribution to the WSIS report 2025", 11, new PdfPoint(56, 732), font);
            }

            page.AddText(number == 1 ? Body1 : Body3, 11, new PdfPoint(56, 700), font);
            page.AddText(number == 1 ? Body2 : Body4, 11, new PdfPoint(56, 686), font);
        }

        // Act
        var paragraphs = Parsing.Parse("header.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(["Andean Connectivity Observatory - Contribution to the WSIS report 2025", $"{Body1} {Body2}", $"{Body3} {Body4}"],
            paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void DropsRunningFooter_When_ItRepeatsAtTheSamePlaceJustBelowTheLastParagraph()
    {
        // Arrange: on each page a paragraph whose last line ends 108 pt above the foot, and the footer 12 pt lower (96 pt
        // above the foot of an A4 page: further in than a tenth of it), as close as a line.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var number = 1; number <= 2; number++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(number == 1 ? Body1 : Body3, 11, new PdfPoint(56, 122), font);
            page.AddText(number == 1 ? Body2 : Body4, 11, new PdfPoint(56, 108), font);
            page.AddText($"Contribution to the WSIS report 2025 - page {number} of 2", 9, new PdfPoint(200, 96), font);
        }

        // Act
        var paragraphs = Parsing.Parse("footer.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal([$"{Body1} {Body2}", $"{Body3} {Body4}"], paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("Andean Connectivity Observatory - 1")]
    [InlineData("Contribution to the WSIS report 2025 - page 1 of 1")]
    public void DropsFooter_When_ItNamesTheDocumentBesideThePageNumberOnItsOnlyPage(string footer)
    {
        // Arrange: a report generator's footer (ReportLab's onPage), smaller than the body, at the foot of a one-page
        // document, where it cannot be seen to recur.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText(Body1, 11, new PdfPoint(56, 700), font);
        page.AddText(Body2, 11, new PdfPoint(56, 686), font);
        page.AddText(footer, 8, new PdfPoint(240, 37), font);

        // Act
        var paragraphs = Parsing.Parse("footer.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal([Body1 + " " + Body2], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void DropsRunningHeader_When_ADocumentOfOnePageCarriesItApartAtopInSmallType()
    {
        // Arrange: a report generator's header (9 pt, in the top margin, 40 pt above the text) on the only page, over a
        // letterhead line in the body's type that the text has.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Andean Connectivity Observatory", 9, new PdfPoint(56, 800), font);
        page.AddText("Andean Connectivity Observatory - Contribution to the WSIS report 2025", 11, new PdfPoint(56, 760), font);
        page.AddText(Body1, 11, new PdfPoint(56, 730), font);
        page.AddText(Body2, 11, new PdfPoint(56, 716), font);

        // Act
        var document = Parsing.Parse("header.pdf", builder.Build());

        // Assert: the header is no paragraph; it still names the author, as the first page's header does.
        Assert.Equal(["Andean Connectivity Observatory - Contribution to the WSIS report 2025", $"{Body1} {Body2}"],
            document.Paragraphs.Select(p => p.Text));
        Assert.Equal(["Andean Connectivity Observatory"], document.PageHeader);
    }

    [Fact]
    public void KeepsFirstLine_When_ADocumentOfOnePageOpensWithSmallTypeCloseAboveTheText()
    {
        // Arrange: the same small line on the only page, but a line's space above the text: a line of the text set small
        // (a reference, a classification), not a header standing apart.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Andean Connectivity Observatory", 9, new PdfPoint(56, 800), font);
        page.AddText(Body1, 11, new PdfPoint(56, 786), font);
        page.AddText(Body2, 11, new PdfPoint(56, 772), font);

        // Act
        var paragraphs = Parsing.Parse("small-first-line.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Contains(paragraphs, p => p.Text.StartsWith("Andean Connectivity Observatory", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pdfapi2/en-running.pdf", "Andean Connectivity Observatory", 0)] // PDF::API2, over a rule
    [InlineData("gofpdf/fr-running.pdf", "Réseau des médias de proximité", 0)] // gofpdf's header function
    [InlineData("react-pdf/en-resolution.pdf", "A/RES/81/215", 1)] // a fixed element; the title block has the symbol too
    [InlineData("tcpdf/fr-running.pdf", "Réseau des médias de proximité", 0)] // TCPDF's Header()
    [InlineData("asciidoctor/itu-contribution-2025.pdf", "Contribution to the WSIS report 2025", 0)] // a theme's running title
    public void DropsRunningHeader_When_AReportGeneratorDrawsItOnTheOnlyPage(string relative, string header, int inTheText)
    {
        // Arrange: a document of one page from a program that draws its running header on every page, the first too.
        var renditions = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions");
        var source = File.ReadLines(Path.Combine(renditions, "manifest.tsv")).Select(l => l.Split('\t')).Single(f => f[1] == relative)[2];

        // Act
        var paragraphs = Parsing.Parse(Path.GetFileName(relative), File.ReadAllBytes(Path.Combine(renditions, relative))).Paragraphs;

        // Assert: the header stands only where the text has it, and every paragraph of the source is found.
        Assert.Equal(inTheText, paragraphs.Count(p => p.Text == header));
        var score = Serverless.UnitTests.Renditions.RenditionScorer.Score(new Serverless.UnitTests.Renditions.Rendition(relative.Split('/')[0], relative, source));
        Assert.True(score.Found == score.Expected, string.Join(" / ", score.Misses));
    }

    [Fact]
    public void KeepsLastLine_When_ItEndsWithThePageNumberInTheBodysType()
    {
        // Arrange: a last paragraph in the body's type, at the foot of the page, ending like a footer.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText(Body1, 11, new PdfPoint(56, 700), font);
        page.AddText(Body2, 11, new PdfPoint(56, 686), font);
        page.AddText("Members of the Observatory - 1", 11, new PdfPoint(56, 60), font);

        // Act
        var paragraphs = Parsing.Parse("last-line.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal([Body1 + " " + Body2, "Members of the Observatory - 1"], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void KeepsCoverTitleOneHeading_When_ItIsCentredOverTwoLines()
    {
        // Arrange: a 22 pt title centred on the A4 page (595 pt wide), its second line shorter, so it starts further right.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        string[] title = ["Community broadband and digital skills in", "landlocked developing countries"];
        for (var i = 0; i < title.Length; i++)
        {
            var width = page.MeasureText(title[i], 22, new PdfPoint(0, 0), font) is var letters ? letters[^1].BoundingBox.Right - letters[0].Location.X : 0;
            page.AddText(title[i], 22, new PdfPoint((595 - width) / 2, 740 - (i * 27)), font);
        }

        page.AddText(Body1, 11, new PdfPoint(56, 680), font);
        page.AddText(Body2, 11, new PdfPoint(56, 666), font);

        // Act
        var paragraphs = Parsing.Parse("title.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal([(ParagraphKind.Heading, $"{title[0]} {title[1]}"), (ParagraphKind.Paragraph, $"{Body1} {Body2}")],
            paragraphs.Select(p => (p.Kind, p.Text)));
    }

    [Theory]
    [InlineData("twoside/en-unnumbered.libreoffice.pdf")] // Word's "different odd and even pages" and "different first page"
    [InlineData("twoside/en-numbered.latex.pdf")] // fancyhdr on two-sided A5 pages
    public void DropsTheRunningHeaders_When_TheyChangeBetweenOddAndEvenPagesAndSkipTheFirst(string relative)
    {
        // Arrange: a booklet printed on both sides: "Contribution to the WSIS report" atop the even pages, "Information
        // society review 2025" atop the odd ones after the first, so a document of three pages shows each text once.
        var pdf = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", relative);

        // Act
        var paragraphs = Parsing.Parse(Path.GetFileName(pdf), File.ReadAllBytes(pdf)).Paragraphs;

        // Assert: no paragraph holds a header, and every paragraph of the source is found whole.
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("Contribution to the WSIS report", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("Information society review 2025", StringComparison.Ordinal));
        var name = relative.Split('/')[1].Split('.')[0];
        var score = Serverless.UnitTests.Renditions.RenditionScorer.Score(new Serverless.UnitTests.Renditions.Rendition("twoside", relative, $"sources/{name}.md"));
        Assert.True(score.Found == score.Expected, string.Join(" / ", score.Misses));
    }

    [Theory]
    [InlineData("cover/en-numbered.pdf")]
    [InlineData("cover/fr-unnumbered.pdf")]
    public void LeavesOutTheTableOfContents_When_ItsEntriesHaveDottedLeadersAndPageNumbers(string relative)
    {
        // Arrange: pdflatex with a cover page and a table of contents before the text ("Introduction . . . . . 1").
        var pdf = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", relative);

        // Act
        var paragraphs = Parsing.Parse(Path.GetFileName(pdf), File.ReadAllBytes(pdf)).Paragraphs;

        // Assert: no entry is a paragraph, and each heading it lists stands once, where the text gives it.
        Assert.DoesNotContain(paragraphs, p => System.Text.RegularExpressions.Regex.IsMatch(p.Text, @"(?:\.\s?){4,}"));
        Assert.Single(paragraphs, p => p.Text is "Conclusion" or "Prochaines étapes");
    }
}
