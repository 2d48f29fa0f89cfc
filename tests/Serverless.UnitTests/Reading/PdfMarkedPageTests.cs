namespace Serverless.UnitTests.Reading;

/// <summary>
/// PDFs as people and office tools change them after the producer wrote them, read as the print they were made from
/// (the whole files are in <c>tests/renditions/</c>, the eighth round): a watermark stamped over every page, numbers
/// stamped at the foot, line numbers in the margin, a reviewer's annotations and a filled form, two prints of two producers joined into one file.
/// </summary>
public sealed class PdfMarkedPageTests
{
    private static readonly string Renditions = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions");

    [Theory]
    [InlineData("watermark/en-numbered.overlay.pdf", "chromium/en-numbered.pdf")] // CONFIDENTIAL turned 45 degrees over the text
    [InlineData("watermark/fr-numbered.level.pdf", "libreoffice/fr-numbered.pdf")] // PROJET level across each page's middle, in a tint
    [InlineData("stamped/en-numbered.received.pdf", "libreoffice/en-numbered.pdf")] // a stamp turned in the margin, "Page n of m" atop
    [InlineData("stamped/cstd-contribution-2025.bates.pdf", "libreoffice/cstd-contribution-2025.pdf")] // one page: "- 1 -" and a Bates number
    [InlineData("lineno/fr-unnumbered.libreoffice.pdf", "libreoffice/fr-unnumbered.pdf")] // every fifth line numbered, again on each page
    public void ReadsTheParagraphsOfThePrint_When_MarksAreAddedToItsPages(string marked, string print)
    {
        // Act
        var expected = Paragraphs(print);
        var actual = Paragraphs(marked);

        // Assert: every paragraph, its number and its kind, as the print without the marks gives them.
        Assert.True(expected.Count > 5, $"{print}: {expected.Count} paragraphs");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void NumbersNoParagraphByItsLine_When_LatexNumbersEveryLine()
    {
        // Act: pdflatex with the lineno package, a number in the margin beside every line.
        var paragraphs = Parsing.Parse("en-numbered.latex.pdf", File.ReadAllBytes(Path.Combine(Renditions, "lineno/en-numbered.latex.pdf"))).Paragraphs;

        // Assert: the numbered paragraphs are the eleven of the source, in order, and no text opens with a figure.
        Assert.Equal(Enumerable.Range(1, 11).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            paragraphs.Where(p => p.Number is not null && char.IsDigit(p.Number[0])).Select(p => p.Number));
        Assert.DoesNotContain(paragraphs, p => char.IsDigit(p.Text[0]));
    }

    [Theory]
    [InlineData("annotated/en-unnumbered.pdf")] // the annotations kept as annotations: none is page content
    [InlineData("annotated/en-unnumbered.flattened.pdf")] // drawn into the page: the comment in the margin, the field's value atop
    public void ReadsThePrintAndTheFormsValue_When_AReviewersMarksAreOnThePage(string annotated)
    {
        // Act
        var expected = Paragraphs("libreoffice/en-unnumbered.pdf");
        var actual = Paragraphs(annotated);

        // Assert: a flattened form field's value is what the sender wrote on the page, above the title; the reviewer's
        // comment in the right margin ("Check figures") runs into no paragraph and stands as none.
        if (annotated.Contains("flattened", StringComparison.Ordinal))
        {
            Assert.Equal("Andean Connectivity Observatory", actual[0].Text);
            actual = actual.Skip(1).ToList();
        }

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("merged/fr-running-unnumbered.pdf", "chromium/fr-running.pdf", "libreoffice/fr-unnumbered.pdf")]
    [InlineData("merged/en-running-unnumbered.pdf", "libreoffice/en-running.pdf", "latex/en-unnumbered.pdf")]
    public void ReadsEachPartAsItsOwnPrint_When_PrintsOfTwoProducersAreJoined(string merged, string first, string second)
    {
        // Act
        var expected = Paragraphs(first).Concat(Paragraphs(second)).Select(p => p.Text).ToList();
        var actual = Paragraphs(merged).Select(p => p.Text).ToList();

        // Assert: each part in its own body type, its paragraphs whole.
        Assert.Equal(expected, actual);
    }

    private static List<(string Text, string? Number, string Kind)> Paragraphs(string relative) =>
        Parsing.Parse(Path.GetFileName(relative), File.ReadAllBytes(Path.Combine(Renditions, relative))).Paragraphs
            .Select(p => (p.Text, p.Number, p.Kind.ToString()))
            .ToList();
}
