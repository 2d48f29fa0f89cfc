using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Items numbered <c>1)</c> (Word's and LaTeX's other numbering) or <c>(1)</c> (a judgment's grounds, a law's clauses),
/// their text hung after the number: each item is one paragraph, its continuation lines with it.
/// </summary>
public sealed class PdfParenthesisedNumberTests
{
    [Theory]
    [InlineData("1)", "2)")]
    [InlineData("(1)", "(2)")]
    public void ReadsEachItemWhole_When_ItsNumberStandsInParenthesesAndItsTextHangs(string first, string second)
    {
        // Arrange: a lead-in, then two items: the number from x = 90, the text from x = 120 on every line.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("The Ministry carried out the following activities during the year, with local authorities:", 11, new PdfPoint(72, 700), font);
        page.AddText(first, 11, new PdfPoint(90, 680), font);
        page.AddText("The Ministry connected two hundred and forty rural schools to the national", 11, new PdfPoint(120, 680), font);
        page.AddText("fibre backbone and trained their teachers in the use of the new equipment.", 11, new PdfPoint(120, 666), font);
        page.AddText(second, 11, new PdfPoint(90, 646), font);
        page.AddText("It opened twelve community digital centres in the northern provinces, where", 11, new PdfPoint(120, 646), font);
        page.AddText("residents can obtain civil registration documents and follow online courses.", 11, new PdfPoint(120, 632), font);

        // Act
        var paragraphs = Parsing.Parse("items.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(3, paragraphs.Count);
        Assert.EndsWith("national fibre backbone and trained their teachers in the use of the new equipment.", paragraphs[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("where residents can obtain civil registration documents and follow online courses.", paragraphs[2].Text, StringComparison.Ordinal);
        Assert.Equal(("1", "2"), (paragraphs[1].Number, paragraphs[2].Number));
    }
}
