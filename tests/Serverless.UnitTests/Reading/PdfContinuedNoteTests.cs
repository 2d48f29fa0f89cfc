using Serverless.UnitTests.Renditions;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// A note too long for the foot of its page runs on at the foot of the next, in the notes' type and without a number
/// (LaTeX; <c>tests/renditions/sources/layouts/en-long-notes.md</c>): that part belongs to the note, not to the body.
/// </summary>
public sealed class PdfContinuedNoteTests
{
    [Theory]
    [InlineData("latex/en-long-notes.pdf", "each of them according to whether")]
    [InlineData("twoside/en-long-notes.latex.pdf", "be downloaded, whether the procedure")]
    public void ReadsTheNoteWhole_When_ItRunsOnAtTheFootOfTheNextPage(string relative, string continuation)
    {
        // Before: the note stopped mid-sentence ("... and scores") and its rest stood as a paragraph of its own.
        var paragraphs = Parsing.Parse(Path.GetFileName(relative), File.ReadAllBytes(RenditionCorpus.PathOf(relative))).Paragraphs;

        Assert.DoesNotContain(paragraphs, p => p.Text.StartsWith(continuation, StringComparison.Ordinal));
        var note = Assert.Single(paragraphs.Single(p => p.Number == "7").Footnotes!);
        Assert.StartsWith("The observatory compares the one hundred procedures", note, StringComparison.Ordinal);
        Assert.EndsWith("on the revised list for the comparison given here.", note, StringComparison.Ordinal);
        Assert.Contains(continuation, note, StringComparison.Ordinal);
    }
}
