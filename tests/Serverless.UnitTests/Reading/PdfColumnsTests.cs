namespace Serverless.UnitTests.Reading;

/// <summary>Pages set in two newspaper columns by a word processor (<c>tests/renditions/libreoffice-2col/</c>).</summary>
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
}
