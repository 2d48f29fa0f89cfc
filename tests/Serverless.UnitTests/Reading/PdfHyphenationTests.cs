using Serverless.Shared.Reading;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Line-end hyphens settled from the document's own words (<see cref="PdfHyphenation"/>): the cases XeLaTeX's prints
/// showed (<c>tests/renditions/xelatex/</c>), where its hyphens and full stops end past the edge the other lines end at.
/// </summary>
public sealed class PdfHyphenationTests
{
    [Fact]
    public void JoinsDividedWords_When_LinesEndingWithAHyphenOrAFullStopReachPastTheEdge()
    {
        // Arrange: justified lines ending within a point of 500.6 (a few tenths apart, as glyph boxes end), but a hyphen
        // and a full stop reaching nearly two points further (as XeLaTeX's do); two words are divided, their pieces
        // words of nowhere else.
        (string Text, double Right)[] lines =
        [
            ("La Commission a mis à jour son indice régional qui mesure la disponi-", 502),
            ("bilité et la qualité des services en ligne dans les pays de la région, et", 500),
            ("elle a publié la même année un rap-", 500.6),
            ("port sur les services publics numériques de trente pays de la région en", 500),
            ("deux mille vingt-cinq pour les États membres et pour leurs partenaires.", 501.9),
            ("Le tableau ci-dessous présente les scores moyens par groupe de pays et", 500.6),
            ("par année, pour toutes les régions que la Commission couvre en Afrique.", 300),
        ];

        // Act
        var settled = Settle(lines);

        // Assert
        Assert.Contains("la disponibilité et", settled, StringComparison.Ordinal);
        Assert.Contains("un rapport sur", settled, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsTheHyphen_When_OneLineEndAloneWouldSayTheDocumentDividesWords()
    {
        // Arrange: justified lines with one line-end hyphen whose pieces are no words of the document: nothing shows
        // that the document divides words, and a compound it writes once (capacity-building) keeps its hyphen.
        (string Text, double Right)[] lines =
        [
            ("Entities reported activities under every action line. Most of them concerned", 500),
            ("infrastructure, e-government and the many programmes of capacity-", 500),
            ("building, while fewer addressed media, ethics and cultural diversity in", 500),
            ("their reports to the secretariat for the year under review and beyond.", 300),
        ];

        // Act
        var settled = Settle(lines);

        // Assert
        Assert.Contains("capacity-building", settled, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsACompound_When_BothPartsAreWordsOfTheDocument()
    {
        // Arrange: text shown to divide words (two words divided, their pieces no words of it), and a line end at
        // "outer-" + "island" where the document writes "outer" and "island" on their own.
        (string Text, double Right)[] lines =
        [
            ("Connectivity remains the first concern: the outer islands depend on satel-", 500),
            ("lite links, and the small island States on a single cable. Community net-", 500),
            ("works were installed in twelve outer-", 500),
            ("island villages with the support of development partners in the region.", 300),
        ];

        // Act
        var settled = Settle(lines);

        // Assert
        Assert.Contains("satellite links", settled, StringComparison.Ordinal);
        Assert.Contains("Community networks", settled, StringComparison.Ordinal);
        Assert.Contains("twelve outer-island villages", settled, StringComparison.Ordinal);
    }

    /// <summary>The lines as one paragraph of a page, each ending where given, joined and settled as the PDF reader does.</summary>
    private static string Settle((string Text, double Right)[] texts)
    {
        var lines = texts.Select((t, i) => new PdfLine(t.Text, 1, 56, t.Right, 700 - (i * 14), 690 - (i * 14), 10, false)).ToList();
        var block = new System.Text.StringBuilder();
        foreach (var (text, _) in texts)
        {
            PdfBodyAssembler.Join(block, text);
        }

        List<TextBlock> blocks = [new TextBlock(block.ToString(), BlockKind.Paragraph, Page: 1)];
        new PdfHyphenation([new PdfPageLines(1, 842, lines)]).SettleAll(blocks);
        return blocks[0].Text;
    }
}
