using Serverless.UnitTests.Renditions;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// A producer whose text map gives its hyphen glyph the soft hyphen's code (U+00AD) draws every hyphen so; a soft hyphen
/// shows only where a line divides a word, so one inside a line is a hyphen, and then so are the document's others.
/// </summary>
public sealed class PdfDrawnSoftHyphenTests
{
    [Fact]
    public void ReadsHyphens_When_TheProducerMapsThemToTheSoftHyphen()
    {
        // Before: "SecretaryGeneral", "twentyfive", "Middleincome": the hyphens were taken out as invisible characters.
        var paragraphs = Read("scribus/en-numbered.pdf");

        Assert.Contains(paragraphs, p => p.Number == "1" && p.Text.Contains("the Secretary-General of the United Nations", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Text.Contains("twenty-five officials", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains('\u00AD') || p.Text.Contains("SecretaryGeneral", StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsACompoundBrokenAtALineEnd_When_TheDocumentDrawsItsHyphensSo()
    {
        // "capacity-" ends its line: read as a division it gave "capacitybuilding".
        var paragraphs = Read("scribus/en-report.pdf");

        Assert.Contains(paragraphs, p => p.Number == "7" && p.Text.Contains("infrastructure, capacity-building and e-government", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsTheCentredDot_When_TheProducerMapsItToTheBulletOperator()
    {
        var paragraphs = Read("scribus/en-running.pdf");

        Assert.Contains(paragraphs, p => p.Text == "Andean Connectivity Observatory · Contribution to the WSIS report 2025");
    }

    private static IReadOnlyList<Serverless.Shared.Segmentation.Paragraph> Read(string relative) =>
        Parsing.Parse(Path.GetFileName(relative), File.ReadAllBytes(RenditionCorpus.PathOf(relative))).Paragraphs;
}
