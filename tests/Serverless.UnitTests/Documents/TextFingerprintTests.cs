using Serverless.Shared.Documents;
using Serverless.Shared.Segmentation;
using Serverless.UnitTests.Reading;
using Serverless.UnitTests.Summary;

namespace Serverless.UnitTests.Documents;

public class TextFingerprintTests
{
    private static string FingerprintOf(string sample)
    {
        var path = Path.Combine(ClassifiedDocuments.SamplesFolder, sample);
        var parsed = Parsing.Parse(sample, File.ReadAllBytes(path));
        return TextFingerprint.Of(parsed.Paragraphs.Select(p => (p.Kind.ToName(), p.Text)));
    }

    [Theory]
    [InlineData("itu-contribution-2025.md", "itu-contribution-2025.docx", "itu-contribution-2025.pdf")]
    [InlineData("unesco-contribution-2025.docx", "unesco-contribution-2025.html", "unesco-contribution-2025.pdf")]
    public void GivesOneFingerprint_When_OneContributionComesInSeveralFormats(string first, string second, string third)
    {
        var fingerprint = FingerprintOf(first);

        Assert.Equal(fingerprint, FingerprintOf(second));
        Assert.Equal(fingerprint, FingerprintOf(third));
    }

    [Theory]
    [InlineData("en-numbered")]
    [InlineData("fr-unnumbered")]
    public void GivesOneFingerprint_When_AContributionWithNotesComesAsMarkdownDocxAndHtml(string source)
    {
        // Pandoc's renditions of a source with footnotes: the HTML's notes were read as paragraphs of its body.
        string Of(string relativePath) =>
            TextFingerprint.Of(Serverless.UnitTests.Renditions.RenditionScorer.Read(relativePath).Select(p => (p.Kind.ToName(), p.Text)));

        var fingerprint = Of($"sources/{source}.md");

        Assert.Equal(fingerprint, Of($"docx/{source}.docx"));
        Assert.Equal(fingerprint, Of($"html/{source}.html"));
    }

    [Fact]
    public void GivesAnotherFingerprint_When_TheTextDiffers()
    {
        var one = TextFingerprint.Of([("paragraph", "ITU connected 1,200 rural schools.")]);
        var other = TextFingerprint.Of([("paragraph", "ITU connected 1,300 rural schools.")]);

        Assert.NotEqual(one, other);
    }

    [Fact]
    public void IgnoresCaseAccentsPunctuationAndFootnotes()
    {
        var one = TextFingerprint.Of([("paragraph", "L'UNESCO a publié des lignes directrices."), ("footnote", "1 https://example.org")]);
        var other = TextFingerprint.Of([("paragraph", "L’UNESCO a publie des lignes-directrices")]);

        Assert.Equal(one, other);
    }
}
