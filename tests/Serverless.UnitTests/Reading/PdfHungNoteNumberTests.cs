using Serverless.UnitTests.Renditions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// A footnote whose number stands on the line, not raised, hung in the margin a tab's width before the note's text, as
/// KOMA-Script's <c>\deffootnote</c> and styles alike set it (<c>1    See General Assembly ...</c>): the number is taken
/// for a paragraph's tabbed number, and the note was a numbered paragraph of the text.
/// </summary>
public sealed class PdfHungNoteNumberTests
{
    private const string Line1 = "This contribution reports on the activities of the Commission in the region during the";
    private const string Line2 = "year, in line with the resolution on the overall review of the outcomes of the Summit.";
    private const string Line3 = "The Commission worked with member States and regional organizations to narrow the divide.";
    private const string Note = "See General Assembly resolution 70/125 of 16 December 2015, paragraphs 6 and 70.";

    [Fact]
    public void AttachesTheNote_When_ItsNumberIsHungATabBeforeItsTextOnTheLine()
    {
        // Arrange: body in 11 pt with a raised call in 8 pt; at the foot of page 1 the note in 9 pt, its number 16 pt left
        // of its text (a gap over an em); the text goes on on page 2, so the note is not the document's last block.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var first = builder.AddPage(PageSize.A4);
        first.AddText(Line1, 11, new PdfPoint(72, 700), font);
        var end = first.AddText(Line2, 11, new PdfPoint(72, 686), font);
        first.AddText("1", 8, new PdfPoint(end.Max(l => l.EndBaseLine.X), 690), font);
        first.AddText("1", 9, new PdfPoint(60, 175), font);
        first.AddText(Note, 9, new PdfPoint(76, 175), font);
        var second = builder.AddPage(PageSize.A4);
        second.AddText(Line3, 11, new PdfPoint(72, 700), font);

        // Act
        var paragraphs = Parsing.Parse("contribution.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal([$"{Line1} {Line2}", Line3], paragraphs.Select(p => p.Text));
        Assert.Equal(Note, Assert.Single(paragraphs[0].Footnotes!));
    }

    [Fact]
    public void AttachesBothNotes_When_KomaScriptHangsTheirNumbers()
    {
        // The committed print: pandoc and pdflatex with scrreprt and \deffootnote (make.sh koma).
        var relative = "koma/en-numbered.pdf";
        var paragraphs = Parsing.Parse(Path.GetFileName(relative), File.ReadAllBytes(RenditionCorpus.PathOf(relative))).Paragraphs;

        Assert.DoesNotContain(paragraphs, p => p.Text.StartsWith("See General Assembly", StringComparison.Ordinal));
        Assert.StartsWith("See General Assembly resolution 70/125",
            Assert.Single(paragraphs.Single(p => p.Number == "1").Footnotes!), StringComparison.Ordinal);
    }
}
