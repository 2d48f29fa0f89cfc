using Xunit.Abstractions;

namespace Serverless.UnitTests.Renditions;

/// <summary>
/// The PDFs of the rendition corpus (<c>tests/renditions/</c>: each source printed by Chromium, LibreOffice from DOCX
/// and from HTML, pdflatex, LuaLaTeX, groff, wkhtmltopdf, WeasyPrint and ReportLab, the Chromium and LaTeX prints re-written
/// by cairo and the LibreOffice and LaTeX prints re-distilled by Ghostscript; plain text through enscript, FPDF, XeLaTeX,
/// LibreOffice's PDF/A and two-column exports, and prints re-written by qpdf, mutool and pdfjam, turned a quarter or
/// given crop boxes away from 0,0) read as their sources say: per producer, at least 98 % of the source's paragraphs with the same text,
/// every numbered paragraph found with its number, every paragraph of an ITU resolution found with its kind, and no
/// page furniture.
/// </summary>
public sealed class RenditionTests(ITestOutputHelper output)
{
    private const double RequiredFoundShare = 0.98;

    public static TheoryData<string> Producers() => new(RenditionCorpus.Producers);

    public static TheoryData<string> KindedSources() => new(RenditionKinds.Sources);

    [Theory]
    [MemberData(nameof(Producers))]
    public void ReadsSourceParagraphs_When_PdfComesFromProducer(string producer)
    {
        // Arrange
        var renditions = RenditionCorpus.All.Where(r => r.Producer == producer).ToList();

        // Act
        var score = RenditionScore.Sum(renditions.Select(RenditionScorer.Score));

        // Assert
        output.WriteLine(RenditionReport.Table([(producer, score, renditions.Count)]));
        foreach (var miss in score.Misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(score.FoundShare >= RequiredFoundShare, $"{producer}: {score.FoundShare:P1} of expected paragraphs found; {RequiredFoundShare:P0} required.");
        // A numbered paragraph not found at all counts against the share above (one divided compound, "capacity-" +
        // "building", that the document writes nowhere else: tests/renditions/README.md); one found has its number.
        Assert.Equal(0, score.WrongNumbers);
        // The ITU resolutions' paragraphs found have their layout's kind (tests/renditions/README.md).
        Assert.Equal(0, score.WrongKinds);
        Assert.Equal(0, score.Furniture);
    }

    [Theory]
    [MemberData(nameof(KindedSources))]
    public void GivesTheLayoutsKinds_When_ItuResolutionIsReadFromItsDocx(string name)
    {
        // Arrange: the truth the PDFs are scored against, read as the platform reads a DOCX.
        var truth = $"docx/un/{name}.docx";

        // Act
        var score = RenditionScorer.Score(new Rendition("docx", truth, truth));

        // Assert: every paragraph has a kind from the Markdown's layout, and the DOCX gives it.
        foreach (var miss in score.Misses)
        {
            output.WriteLine(miss);
        }

        Assert.Equal((score.Expected, score.Expected, score.Expected), (score.Found, score.Kinded, score.KindsRight));
    }
}
