using Serverless.Shared.Reading;
using Serverless.Shared.Segmentation;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Text typed without a word processor and printed as it is (enscript, a text editor's print, a script): one
/// monospaced type, bullets typed as hyphens, rules typed with dashes, notes called and written in brackets, and the
/// printing program's header of file name, date and page number (the whole files: <c>tests/renditions/enscript/</c>).
/// </summary>
public sealed class PdfTypedTextTests
{
    [Fact]
    public void ReadsTypedBulletsRulesAndBracketedNotes_When_PlainTextIsPrinted()
    {
        // Arrange: Courier at 10 pt (6 pt a character), 12 pt from line to line, as a plain-text printer sets it.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Courier);
        var page = builder.AddPage(PageSize.A4);
        var y = 760.0;
        void Line(string text) { if (text.Length > 0) { page.AddText(text, 10, new PdfPoint(72, y), font); } y -= 12; }
        Line("The academy introduced the following new courses in Arabic, English and");
        Line("French, free of charge for the civil servants of member States.[1]");
        Line("");
        Line("-   open government data and the reuse of public sector information in");
        Line("    every ministry of the region;");
        Line("-   the protection of personal data in public administration.");
        Line("");
        Line("Group of countries     2023   2025");
        Line("------------------   ------ ------");
        Line("Small islands          0.37   0.41");
        Line("");
        Line("Chapter [2] of the plan describes the courses.");
        Line("");
        Line("[1] Courses given online in 2025.");

        // Act
        var paragraphs = Parsing.Parse("typed.pdf", builder.Build()).Paragraphs;

        // Assert: the note's call is taken out of the text and the note attached to it; the hyphens open list items
        // whose second line stays with them; the dashes under the table's header are no paragraph; a bracketed number
        // that no note answers stays in the text.
        Assert.Equal(
            [
                ("The academy introduced the following new courses in Arabic, English and French, free of charge for the civil servants of member States.", ParagraphKind.Paragraph),
                ("open government data and the reuse of public sector information in every ministry of the region;", ParagraphKind.ListItem),
                ("the protection of personal data in public administration.", ParagraphKind.ListItem),
                ("Group of countries | 2023 | 2025", ParagraphKind.Table),
                ("Small islands | 0.37 | 0.41", ParagraphKind.Table),
                ("Chapter [2] of the plan describes the courses.", ParagraphKind.Paragraph),
            ],
            paragraphs.Where(p => p.Kind != ParagraphKind.Footnote).Select(p => (p.Text, p.Kind)));
        Assert.Equal(["Courses given online in 2025."], paragraphs[0].Footnotes!);
    }

    [Fact]
    public void LeavesBracketsAsWritten_When_NoNoteAnswersTheCallOrNoCallPrecedesTheNote()
    {
        // Arrange: a citation with no note, and a bracketed paragraph that no call before it names.
        List<TextBlock> blocks =
        [
            new("As shown in the survey.[3]", BlockKind.Paragraph, Page: 1),
            new("[4] A list entry that nothing calls.", BlockKind.Paragraph, Page: 1),
            new("Later text.[4]", BlockKind.Paragraph, Page: 1),
        ];
        var before = blocks.ToList();

        // Act
        PdfBracketedNotes.Apply(blocks);

        // Assert
        Assert.Equal(before, blocks);
    }

    [Fact]
    public void DropsThePrintersHeader_When_OnePageTextIsPrintedWithFileNameDateAndPageNumber()
    {
        // Arrange: a one-page contribution typed as plain text and printed by enscript (its header "en-unnumbered.txt  Sun
        // Dec 06 ... 2026  1" in the type of the text, on one page, so it cannot recur), then ps2pdf (tests/renditions/make.sh).
        var pdf = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", "enscript", "en-unnumbered.pdf");

        // Act
        var paragraphs = Parsing.Parse("en-unnumbered.pdf", File.ReadAllBytes(pdf)).Paragraphs;

        // Assert: the title opens the document; the header is nowhere.
        Assert.StartsWith("Digital inclusion in small island developing States", paragraphs[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("en-unnumbered.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsAWrappedLineOpeningWithADash_When_TheDashStandsAtAWordSpace()
    {
        // Arrange: running text whose second line opens with a dash used as punctuation, one space before the next word.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Courier);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("The new cable reached the islands in March and the first schools", 10, new PdfPoint(72, 760), font);
        page.AddText("- all of them rural - were connected in May of the same year.", 10, new PdfPoint(72, 748), font);

        // Act
        var paragraphs = Parsing.Parse("dash.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(
            ["The new cable reached the islands in March and the first schools - all of them rural - were connected in May of the same year."],
            paragraphs.Select(p => p.Text));
    }
}
