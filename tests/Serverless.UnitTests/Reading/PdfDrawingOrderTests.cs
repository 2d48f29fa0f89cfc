using Serverless.Shared.Reading;
using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Pages written in another order than they are read, and notes a word processor printed without raising their calls
/// (the whole files are in <c>tests/renditions/</c>: <c>drawn/</c>, set by <c>drawn-print.py</c> with the footer written
/// first, the right column before the left one and the running header last; <c>abiword/</c>).
/// </summary>
public sealed class PdfDrawingOrderTests
{
    private static readonly string Renditions = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions");

    [Fact]
    public void ReadsTheParagraphAcrossTheColumns_When_ARunningHeaderStandsAboveTheRightColumnOnly()
    {
        // Arrange: a one-page print in two columns; "Training in digital skills ..." runs from the foot of the left column
        // to the top of the right one, under the running header set above the right column.
        var source = Paragraphs("sources/en-unnumbered.md").Single(p => p.Text.StartsWith("Training in digital skills", StringComparison.Ordinal));

        // Act
        var read = Paragraphs("drawn/en-unnumbered.pdf");

        // Assert: the paragraph is whole, and the header, apart atop the only page in small type, is in no paragraph.
        Assert.Contains(read, p => p.Text == source.Text);
        Assert.DoesNotContain(read, p => p.Text.Contains("Contribution to the WSIS report 2025", StringComparison.Ordinal));
        Assert.StartsWith("Digital inclusion in small island developing States", read[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DropsTheCentredFooter_When_ItCrossesTheGutterOfATwoColumnPage()
    {
        // Act: the footer "en-numbered – 1", centred under both columns, its name left of the gutter and its number right.
        var read = Paragraphs("drawn/en-numbered.pdf");

        // Assert: read whole, it is the page's furniture (the document's name and the page's own number), not text.
        Assert.DoesNotContain(read, p => p.Text.StartsWith("en-numbered", StringComparison.Ordinal) || p.Text.Contains("– 1", StringComparison.Ordinal));
        Assert.StartsWith("Contribution of the Economic and Social Commission", read[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TakesBaselineCallsAndTheirNotes_When_EveryCallIsAnsweredAtAPageFoot()
    {
        // Arrange: calls printed on the baseline after a full stop and a comma, answered by notes closing their pages.
        List<TextBlock> blocks =
        [
            new("The Commission reported on the Summit.1 It worked with member States,2", BlockKind.Paragraph, Page: 1),
            new("and with the private sector.", BlockKind.Paragraph, Page: 1),
            new("1 See General Assembly resolution 70/125.", BlockKind.Paragraph, Page: 1),
            new("More text on the second page, under Article 5.1 and E/CN.16/2018.", BlockKind.Paragraph, Page: 2),
            new("2 The target was set in 2018.", BlockKind.Paragraph, Page: 2),
        ];

        // Act
        PdfBracketedNotes.Apply(blocks);

        // Assert
        Assert.Equal(
            [
                ("The Commission reported on the Summit.<sup>1</sup> It worked with member States,<sup>2</sup>", BlockKind.Paragraph, null),
                ("and with the private sector.", BlockKind.Paragraph, null),
                ("See General Assembly resolution 70/125.", BlockKind.Footnote, "1"),
                ("More text on the second page, under Article 5.1 and E/CN.16/2018.", BlockKind.Paragraph, null),
                ("The target was set in 2018.", BlockKind.Footnote, "2"),
            ],
            blocks.Select(b => (b.Text, b.Kind, b.Number)));
    }

    [Fact]
    public void LeavesBaselineNumbersAsWritten_When_ANoteDoesNotCloseItsPageOrACallIsUnanswered()
    {
        // Arrange: text copied out of a PDF (a note among the paragraphs it interrupted), and a number glued to a comma
        // that no note answers.
        List<TextBlock> interrupted =
        [
            new("The Summit adopted the principles (WSIS)1. It gives an overview.", BlockKind.Paragraph, Page: 1),
            new("1 Association for Progressive Communications, Council of Europe.", BlockKind.Paragraph, Page: 1),
            new("The principles adopted at the Summit are five.", BlockKind.Paragraph, Page: 1),
        ];
        List<TextBlock> unanswered =
        [
            new("The report covers the year,1 and the year before,2", BlockKind.Paragraph, Page: 1),
            new("1 See the first report.", BlockKind.Paragraph, Page: 1),
        ];
        var before = (interrupted.ToList(), unanswered.ToList());

        // Act
        PdfBracketedNotes.Apply(interrupted);
        PdfBracketedNotes.Apply(unanswered);

        // Assert
        Assert.Equal(before.Item1, interrupted);
        Assert.Equal(before.Item2, unanswered);
    }

    [Fact]
    public void ReadsTheNotesAndTheirCalls_When_AbiWordPrintsCallsOnTheBaseline()
    {
        // Act: AbiWord's print of pandoc's DOCX, its calls at the text's size on the baseline ("the Summit.1").
        var read = Parsing.Parse("en-numbered.pdf", File.ReadAllBytes(Path.Combine(Renditions, "abiword", "en-numbered.pdf"))).Paragraphs;

        // Assert: the first paragraph ends with "Summit." and carries its note.
        var first = read.Single(p => p.Number == "1");
        Assert.EndsWith("outcomes of the Summit.", first.Text, StringComparison.Ordinal);
        Assert.Equal(["See General Assembly resolution 70/125 of 16 December 2015, paragraphs 6 and 70."], first.Footnotes!);
    }

    private static List<Paragraph> Paragraphs(string relative) =>
        [.. Parsing.Parse(Path.GetFileName(relative), File.ReadAllBytes(Path.Combine(Renditions, relative))).Paragraphs];
}
