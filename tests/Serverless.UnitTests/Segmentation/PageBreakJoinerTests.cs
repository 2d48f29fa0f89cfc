using Serverless.IntegrationTests.Hostile;
using Serverless.UnitTests.Reading;

namespace Serverless.UnitTests.Segmentation;

/// <summary>Rejoining a paragraph cut into many parts costs in proportion to its length, not to its length times its parts.</summary>
public sealed class PageBreakJoinerTests
{
    [Fact(Timeout = 60_000)]
    public async Task RejoinsAMegabyteOfOneLetterParagraphs_When_EachContinuesTheOneBefore()
    {
        // Arrange: 300,000 lower-case one-letter paragraphs after one that ends no sentence; each continues the one before.
        // Before, each part was added to the text joined so far, copying it again: 100,000 parts took 21 s to read and a
        // megabyte of them 458 s, so this test ran past its minute.
        var file = HostileFiles.All("opening").Single(f => f.FileName == "continued.md").Build();

        // Act
        var document = await Task.Run(() => Parsing.Parse("continued.md", file));

        // Assert: one paragraph, every part in order with one space between.
        var paragraph = Assert.Single(document.Paragraphs);
        Assert.Equal("opening" + string.Concat(Enumerable.Repeat(" a", 300_000)), paragraph.Text);
    }

    [Fact]
    public void KeepsParagraphsApart_When_TheOneBeforeEndsASentence()
    {
        var document = Parsing.Parse("sentences.md", "Broadband reached rural schools.\n\nteachers were trained.\n\nand so were nurses\n\nin every district.\n");

        Assert.Equal(["Broadband reached rural schools.", "teachers were trained.", "and so were nurses in every district."], document.Paragraphs.Select(p => p.Text));
    }
}
