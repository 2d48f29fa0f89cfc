using Serverless.UnitTests.Renditions;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// A CSS Paged Media polyfill prints the footnote call and the note's number as counters its stylesheet generates,
/// which the browser's tagged PDF marks as artifacts, and by default sets the call in the text's own type and place
/// (<c>the Summit.1</c>), the note at the page's foot under its number in small type (<c>1. See ...</c>).
/// </summary>
public sealed class PdfGeneratedCounterTests
{
    [Fact]
    public void AttachesTheNote_When_ItsNumberAndCallAreGeneratedCounters()
    {
        // Before: both numbers were set apart as running text; the notes stood as paragraphs ". See General Assembly
        // resolution ...", and no paragraph had a note.
        var relative = "pagedjs/en-numbered.pdf";
        var paragraphs = Parsing.Parse(Path.GetFileName(relative), File.ReadAllBytes(RenditionCorpus.PathOf(relative))).Paragraphs;

        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("See General Assembly resolution 70/125", StringComparison.Ordinal));
        var first = Assert.Single(paragraphs, p => p.Number == "1" && p.Text.StartsWith("This contribution responds", StringComparison.Ordinal));
        Assert.EndsWith("the outcomes of the Summit.", first.Text, StringComparison.Ordinal);
        Assert.Contains(first.Footnotes ?? [], n => n.StartsWith("See General Assembly resolution 70/125", StringComparison.Ordinal));
    }
}
