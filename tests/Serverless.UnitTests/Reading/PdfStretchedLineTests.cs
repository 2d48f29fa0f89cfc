using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// A justified line whose spaces are stretched alike is running text, not a table row, even where some of its spaces
/// are held fast and stay narrow (a resolution's title, its number joined to its first words by no-break spaces, as
/// browsers and CSS Paged Media polyfills set it); a row whose wide gaps differ stays a table's.
/// </summary>
public sealed class PdfStretchedLineTests
{
    [Fact]
    public void ReadsAJustifiedTitleAsText_When_ItsNumberIsHeldToItsFirstWord()
    {
        // Before: "81/215. Information | and | communications | technologies | for", a table row, and the title's second
        // line a heading of its own. Four stretched gaps of 19.2 pt at 14 pt, one narrower of 8 pt.
        var content =
            "BT /F1 14 Tf 72 700 Td [(81/215.) -571 (Information) -1371 (and) -1371 (communications) -1371 (technologies) -1371 (for)] TJ ET " +
            "BT /F1 14 Tf 72 682 Td (sustainable development) Tj ET " +
            "BT /F1 11 Tf 72 650 Td (The General Assembly, recalling its resolutions on information and communications technologies,) Tj " +
            "0 -14 Td (adopts the following text on the connection of every school by the end of the decade.) Tj ET";

        var paragraphs = Parsing.Parse("resolution.pdf", OnePagePdf.Write(content)).Paragraphs;

        Assert.DoesNotContain(paragraphs, p => p.Kind == ParagraphKind.Table);
        Assert.Contains(paragraphs, p => p.Text.StartsWith("81/215. Information and communications technologies for", StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsATableRow_When_ItsWideGapsDiffer()
    {
        var content =
            "BT /F1 11 Tf 72 700 Td [(Country) -2000 (Schools connected) -3100 (Teachers trained)] TJ ET " +
            "BT /F1 11 Tf 72 686 Td [(Kenya) -2450 (1,240) -5400 (3,100)] TJ ET " +
            "BT /F1 11 Tf 72 672 Td [(Senegal) -2100 (860) -5650 (2,050)] TJ ET";

        var paragraphs = Parsing.Parse("table.pdf", OnePagePdf.Write(content)).Paragraphs;

        Assert.Contains(paragraphs, p => p.Kind == ParagraphKind.Table && p.Text.Contains(" | ", StringComparison.Ordinal));
    }
}
