using Serverless.UnitTests.Renditions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Pages printed side by side on one sheet, each under its own header with its count (<c>Page 1/2</c>), as text
/// printers (a2ps) and "2 pages per sheet" print them: the headers and the sheet's own lines are no paragraphs, and a
/// paragraph running from one page of the sheet onto the next is one.
/// </summary>
public sealed class PdfImposedPagesTests
{
    private static IReadOnlyList<Serverless.Shared.Segmentation.Paragraph> Read(string relative) =>
        Parsing.Parse(Path.GetFileName(relative), File.ReadAllBytes(RenditionCorpus.PathOf(relative))).Paragraphs;

    [Fact]
    public void ReadsAParagraphWhole_When_ItRunsFromOnePageOfAnA2psSheetOntoTheNext()
    {
        // Before: each page's header (date, file name, "Page 1/2"), "Printed by root" atop the sheet and its date below
        // stood as paragraphs, paragraph 8 was cut where the left page ends and 9 where its page of text ended.
        var paragraphs = Read("a2ps/en-numbered.pdf");

        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("Page 1/2", StringComparison.Ordinal) || p.Text.Contains("Printed by", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Number == "8" && p.Text.StartsWith("A regional workshop", StringComparison.Ordinal) &&
                                         p.Text.EndsWith("fourteen countries.", StringComparison.Ordinal));
    }

    [Fact]
    public void LeavesOutTheHeader_When_AnA2psSheetCarriesOnePageOnly()
    {
        // Before: "Printed by root" and "Dec 07, 26 8:42 | en-unnumbered.txt | Page 1/1" opened the document.
        var paragraphs = Read("a2ps/en-unnumbered.pdf");

        Assert.StartsWith("Digital inclusion in small island developing States", paragraphs[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("Page 1/1", StringComparison.Ordinal));
    }

    [Fact]
    public void LeavesOutEachPagesRunningLines_When_ADocumentIsPrintedTwoPagesToASheet()
    {
        // Before: each page's header (the organisation) and footer ("... – page 1 of 2"), further in than the sheet's
        // outer tenth and level with the other page's, stood as paragraphs, or ran into the letterhead and into the
        // first paragraph of the right-hand page.
        foreach (var relative in new[] { "imposed/en-running.libreoffice.pdf", "imposed/en-running.chromium.pdf" })
        {
            var paragraphs = Read(relative);

            Assert.DoesNotContain(paragraphs, p => p.Text.Contains("page 1 of 2", StringComparison.Ordinal) || p.Text.Contains("page 2 of 2", StringComparison.Ordinal));
            Assert.Equal("Andean Connectivity Observatory · Contribution to the WSIS report 2025", paragraphs[0].Text);
            Assert.Contains(paragraphs, p => p.Text.StartsWith("Universities of the region opened a shared course", StringComparison.Ordinal));
            Assert.DoesNotContain(paragraphs, p => p.Text == "Andean Connectivity Observatory");
        }
    }

    [Fact]
    public void ReadsAParagraphWhole_When_TwoPagesPrintedOnASheetCountThemselvesAtTheirFoot()
    {
        // Arrange: a document with a footer "Annual review - 1 of 2" printed two pages to a landscape sheet.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(842, 595);
        string[] left = ["The Observatory follows the action lines of the Summit in seven", "landlocked countries and reports what its members did during the"];
        string[] right = ["year, among them two new fibre links across borders and a course", "on data governance for the staff of three regulators."];
        for (var i = 0; i < 2; i++)
        {
            page.AddText(left[i], 10, new PdfPoint(40, 520 - i * 13), font);
            page.AddText(right[i], 10, new PdfPoint(460, 520 - i * 13), font);
        }

        page.AddText("Annual review - 1 of 2", 8, new PdfPoint(40, 30), font);
        page.AddText("Annual review - 2 of 2", 8, new PdfPoint(460, 30), font);

        // Act
        var paragraphs = Parsing.Parse("sheet.pdf", builder.Build()).Paragraphs.Select(p => p.Text).ToList();

        // Assert
        Assert.Equal(
            ["The Observatory follows the action lines of the Summit in seven landlocked countries and reports what its members did during the " +
             "year, among them two new fibre links across borders and a course on data governance for the staff of three regulators."],
            paragraphs);
    }

    [Fact]
    public void KeepsTheTitle_When_ItEndsWithAResolutionsNumberAtTheTopOfThePage()
    {
        // Arrange: a title in the top margin whose number reads as a count (70/125), above the text in another type.
        var builder = new PdfDocumentBuilder();
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Follow-up to resolution 70/125", 14, new PdfPoint(56, 790), bold);
        page.AddText("The Observatory follows the action lines of the Summit in seven", 10, new PdfPoint(56, 750), font);
        page.AddText("landlocked countries and reports what its members did.", 10, new PdfPoint(56, 737), font);

        // Act
        var paragraphs = Parsing.Parse("title.pdf", builder.Build()).Paragraphs.Select(p => p.Text).ToList();

        // Assert
        Assert.Equal("Follow-up to resolution 70/125", paragraphs[0]);
    }
}
