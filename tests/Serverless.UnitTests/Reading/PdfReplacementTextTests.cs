namespace Serverless.UnitTests.Reading;

/// <summary>
/// Glyphs whose marked-content span gives the text they stand for (<c>/ActualText</c>): Chromium draws CSS small
/// capitals as capitals of a smaller size and gives each one's small letter so (the whole files are in
/// <c>tests/renditions/smallcaps/</c>).
/// </summary>
public sealed class PdfReplacementTextTests
{
    private static readonly string Renditions = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions");

    [Theory]
    [InlineData("en-numbered.pdf", "Action line C2: Information and communication infrastructure")]
    [InlineData("fr-numbered.pdf", "Grande orientation C7 : cybergouvernement et cybersanté")]
    public void ReadsTheSmallLetters_When_HeadingsAreSetInSmallCapitals(string file, string heading)
    {
        // Act
        var read = Parsing.Parse(file, File.ReadAllBytes(Path.Combine(Renditions, "smallcaps", file))).Paragraphs;

        // Assert: the heading over two lines is one heading, in the letters the source writes.
        Assert.Contains(read, p => p.Text == heading);
        Assert.DoesNotContain(read, p => p.Text.Contains("CTION", StringComparison.Ordinal) || p.Text.Contains("RANDE", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsATitleOverSeveralLinesAsOneHeading_When_SomeOfItsLinesHaveOnlySmallCapitals()
    {
        // Act: the title's third and fourth lines ("progress made in the implementation of", "and follow-up to the
        // outcomes of the") have no capital of full size.
        var read = Parsing.Parse("en-numbered.pdf", File.ReadAllBytes(Path.Combine(Renditions, "smallcaps", "en-numbered.pdf"))).Paragraphs;

        // Assert
        Assert.StartsWith("Contribution of the Economic and Social Commission for Western Asia", read[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("at the regional and international levels in 2025", read[0].Text, StringComparison.Ordinal);
    }
}
