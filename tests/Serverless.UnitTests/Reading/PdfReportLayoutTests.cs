namespace Serverless.UnitTests.Reading;

/// <summary>
/// Layouts of reports beyond running text: a framed box in the flow and a table over two pages whose header row is
/// repeated atop the second (<c>tests/renditions/sources/layouts/fr-box-table.md</c>, printed by Chromium into
/// <c>tests/renditions/chromium/</c>, with the browser's own header and footer).
/// </summary>
public sealed class PdfReportLayoutTests
{
    private static readonly IReadOnlyList<Serverless.Shared.Segmentation.Paragraph> Read = Parsing.Parse("fr-box-table.pdf",
        File.ReadAllBytes(Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", "chromium", "fr-box-table.pdf"))).Paragraphs;

    [Fact]
    public void ReadsTheTablesRowsAcross_When_APageHoldsNothingButTheTable()
    {
        // Assert: page 2 is the table alone, its names 200 points left of its figures: no two columns of text.
        Assert.Contains(Read, p => p.Text == "Bénin | 412 | 655");
        Assert.Contains(Read, p => p.Text == "République démocratique du Congo | 1 120 | 1 806");
        Assert.DoesNotContain(Read, p => p.Text == "Bénin");
    }

    [Fact]
    public void KeepsTheHeaderRowOnce_When_ItIsRepeatedAtopEachPageOfTheTable()
    {
        // Assert: the head stands at the top of pages 2 and 3, as a running header would.
        Assert.Single(Read, p => p.Text == "Pays | Fin 2023 | Fin 2025");
    }

    [Fact]
    public void ReadsABoxsParagraphWhole_When_ItsLinesWrapAtThePanelsEdge()
    {
        // Assert: the panel is narrower than the page's text, so its lines stop short of the column's edge.
        Assert.Contains(Read, p => p.Text.StartsWith("Lancé en 2023, le programme", StringComparison.Ordinal) && p.Text.EndsWith("permanente à l'Internet.", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsABoxsParagraphWhole_When_ItIsAJustifiedBlockSetInFromBothSides()
    {
        // Act: pdflatex sets the box as a quotation, justified, 25 points in from each side of the text, without a frame.
        var read = Parsing.Parse("fr-box-table.pdf",
            File.ReadAllBytes(Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", "latex", "fr-box-table.pdf"))).Paragraphs;

        // Assert
        Assert.Contains(read, p => p.Text.StartsWith("Lancé en 2023, le programme", StringComparison.Ordinal) &&
                                   p.Text.Replace('’', '\'').EndsWith("permanente à l'Internet.", StringComparison.Ordinal));
    }
}
