using Serverless.Shared.Pipeline;
using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Pipeline;

public class LongParagraphSplitterTests
{
    [Fact]
    public void KeepsEveryCharacterInOrder_When_AParagraphIsSplit()
    {
        var sentences = Enumerable.Range(0, 2000).Select(i => $"Sentence number {i} of the contribution ends here.").ToArray();
        var text = string.Join(' ', sentences);
        var paragraphs = new[] { new Paragraph(0, "Heading", ParagraphKind.Heading, null, null), new Paragraph(1, text, ParagraphKind.Paragraph, "12", "Heading") };

        var (split, warning) = LongParagraphSplitter.Split(paragraphs, 10_000);

        Assert.All(split, p => Assert.True(p.Text.Length <= 10_000));
        Assert.Equal(Enumerable.Range(0, split.Count), split.Select(p => p.Index));
        Assert.Equal(text, string.Join(' ', split.Skip(1).Select(p => p.Text)));
        Assert.All(split.Skip(1), p => Assert.EndsWith(".", p.Text));
        Assert.Equal("12", split[1].Number);
        Assert.All(split.Skip(2), p => Assert.Null(p.Number));
        Assert.Contains("1 paragraph(s) longer than 10,000 characters", warning);
    }

    [Fact]
    public void CutsAtTheLimit_When_ThereIsNoSpaceOrSentenceEnd()
    {
        var text = new string('x', 25_000);

        var (split, _) = LongParagraphSplitter.Split([new Paragraph(0, text, ParagraphKind.Paragraph, null, null)], 10_000);

        Assert.Equal([10_000, 10_000, 5_000], split.Select(p => p.Text.Length));
    }

    [Fact]
    public void LeavesParagraphsAlone_When_AllFit()
    {
        var paragraphs = new[] { new Paragraph(0, "Short.", ParagraphKind.Paragraph, null, null) };

        var (split, warning) = LongParagraphSplitter.Split(paragraphs, 10_000);

        Assert.Same(paragraphs, split);
        Assert.Null(warning);
    }
}
