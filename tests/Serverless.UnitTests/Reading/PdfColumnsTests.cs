namespace Serverless.UnitTests.Reading;

/// <summary>
/// Pages set in two newspaper columns by a word processor (<c>tests/renditions/libreoffice-2col/</c>), and by a browser under
/// a title and headings across both (<c>tests/renditions/spanned/</c>).
/// </summary>
public sealed class PdfColumnsTests
{
    [Fact]
    public void KeepsListItemWhole_When_ItGoesOnAtTheTopOfTheNextColumnUnderItsHangingIndent()
    {
        // Arrange: LibreOffice's print of a DOCX in two columns; item 7 ends the left column of page 2 and goes on atop
        // the right one, where its text hangs as the column's items do, while that column's table starts further out.
        var pdf = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", "libreoffice-2col", "fr-numbered.pdf");

        // Act
        var paragraphs = Parsing.Parse("fr-numbered.pdf", File.ReadAllBytes(pdf)).Paragraphs;

        // Assert
        var item = Assert.Single(paragraphs, p => p.Number == "7");
        Assert.Equal("L'institut a ouvert les nouveaux cours suivants, en anglais, en arabe et en français :", item.Text.Replace('’', '\''));
    }

    [Fact]
    public void ReadsEachBandsLeftColumnFirst_When_TitleAndHeadingsSpanBothColumns()
    {
        // Arrange: Chromium's print of CSS columns whose title and headings span both: each heading ends the columns
        // above it, so no band of the page is free of words from top to bottom; paragraphs 1 and 2 stand side by side.
        var pdf = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", "spanned", "en-numbered.pdf");

        // Act
        var paragraphs = Parsing.Parse("en-numbered.pdf", File.ReadAllBytes(pdf)).Paragraphs;

        // Assert: the title is one heading, and each paragraph is whole and in the order of the source.
        Assert.StartsWith("Contribution of the Economic and Social Commission for Western Asia to the report", paragraphs[0].Text);
        Assert.EndsWith("at the regional and international levels in 2025", paragraphs[0].Text);
        var first = Assert.Single(paragraphs, p => p.Number == "1");
        var second = Assert.Single(paragraphs, p => p.Number == "2");
        Assert.EndsWith("on the overall review of the implementation of the outcomes of the Summit.", first.Text);
        Assert.Equal("The Commission worked with member States, regional organizations and the private sector to narrow the digital divide, to build trust in the use of information and communication technologies and to measure the progress of the information society with comparable indicators.", second.Text);
        Assert.True(first.Index < second.Index);
    }

    [Fact]
    public void EndsTheColumnsAbove_When_HeadingAcrossThePageIsShorterThanAColumn()
    {
        // Arrange: the heading "Skills and content" spans both columns but is shorter than one, so it stands left of the
        // gutter, where the right column is empty: the section above it ends in the right column beside its paragraphs.
        var pdf = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", "spanned", "en-unnumbered.pdf");

        // Act
        var paragraphs = Parsing.Parse("en-unnumbered.pdf", File.ReadAllBytes(pdf)).Paragraphs.Select(p => p.Text).ToList();

        // Assert
        var heading = paragraphs.IndexOf("Skills and content");
        var connectivity = paragraphs.FindIndex(p => p.StartsWith("Connectivity remains the first concern of the region.", StringComparison.Ordinal));
        var training = paragraphs.FindIndex(p => p.StartsWith("Training in digital skills reached about 6,000 people, most of them teachers, nurses and small business owners.", StringComparison.Ordinal));
        Assert.True(connectivity >= 0 && connectivity < heading && heading < training, string.Join(" / ", paragraphs));
    }
}
