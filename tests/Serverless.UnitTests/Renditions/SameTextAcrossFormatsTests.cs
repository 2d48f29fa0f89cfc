using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Renditions;

/// <summary>
/// One contribution sent as Markdown, DOCX, HTML or PDF gives the same paragraphs (text and number, footnotes aside):
/// what lets the platform recognise one contribution sent twice. The DOCX and HTML are pandoc's renditions of the
/// Markdown sources, the PDFs those the producers printed (<c>tests/renditions/make.sh</c>), but for scans, whose text is
/// what their OCR recognised (<see cref="RenditionCorpus.OcrProducers"/>), and layouts read only in part yet
/// (<see cref="RenditionCorpus.PartlyReadLayouts"/>).
/// </summary>
public sealed class SameTextAcrossFormatsTests
{
    public static TheoryData<string, string> Renditions()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in RenditionCorpus.GeneratedSources)
        {
            data.Add(name, $"docx/{name}.docx");
            data.Add(name, $"html/{name}.html");
            foreach (var rendition in RenditionCorpus.All.Where(r => r.Source == $"sources/{name}.md" && !RenditionCorpus.OcrProducers.Contains(r.Producer) &&
                         !RenditionCorpus.PartlyReadLayouts.ContainsKey(r.Producer)))
            {
                data.Add(name, rendition.Pdf);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Renditions))]
    public void GivesMarkdownsParagraphs_When_SameContributionComesInAnotherFormat(string name, string rendition)
    {
        // Arrange
        var expected = Paragraphs($"sources/{name}.md");

        // Act
        var actual = Paragraphs(rendition);

        // Assert: every paragraph in order; a PDF may miss one (a word divided at a line end and written nowhere else
        // undivided keeps its hyphen: tests/renditions/README.md).
        var missing = expected.Except(actual).ToList();
        var allowed = rendition.EndsWith(".pdf", StringComparison.Ordinal) ? 1 : 0;
        Assert.True(missing.Count <= allowed, $"{rendition}: {missing.Count} paragraphs of the Markdown not found: " + string.Join(" / ", missing));
        Assert.Equal(expected.Where(actual.Contains), actual.Where(expected.Contains));

        // A word processor's or a page's own structure leaves nothing over either: its notes are notes, not paragraphs.
        if (!rendition.EndsWith(".pdf", StringComparison.Ordinal))
        {
            Assert.Equal(expected, actual);
        }
    }

    private static List<(string Text, string? Number)> Paragraphs(string relativePath) =>
        RenditionScorer.Body(RenditionScorer.Read(relativePath))
            .Select(p => (RenditionScorer.Normalise(p.Text), p.Number))
            .ToList();
}
