using Serverless.Shared.Reading;
using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Text set by the PDF libraries programs use (the whole files are in <c>tests/renditions/</c>: <c>jspdf/</c>,
/// <c>pdfmake/</c>, <c>pdfkit/</c>, <c>pdflib/</c>, set by the scripts of <c>tests/renditions/js/</c>).
/// </summary>
public sealed class PdfLibraryTextTests
{
    private static readonly string Renditions = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions");

    [Fact]
    public void TakesSuperscriptCallsAndTheirNotes_When_NotesOpenWithTheSameSuperscript()
    {
        // Arrange: calls written as Unicode's superscript digits after a full stop and a word, answered by notes at the
        // end of the text; an area in square metres, which no note answers, keeps its superscript.
        List<TextBlock> blocks =
        [
            new("The Commission reported on the Summit.¹ It worked with member States² on 200 m³ of archives.", BlockKind.Paragraph, Page: 1),
            new("More text on the second page.", BlockKind.Paragraph, Page: 2),
            new("¹ See General Assembly resolution 70/125.", BlockKind.Paragraph, Page: 2),
            new("²The target was set in 2018.", BlockKind.Paragraph, Page: 2),
        ];

        // Act
        PdfBracketedNotes.Apply(blocks);

        // Assert
        Assert.Equal(
            [
                ("The Commission reported on the Summit.<sup>1</sup> It worked with member States<sup>2</sup> on 200 m³ of archives.", BlockKind.Paragraph, null),
                ("More text on the second page.", BlockKind.Paragraph, null),
                ("See General Assembly resolution 70/125.", BlockKind.Footnote, "1"),
                ("The target was set in 2018.", BlockKind.Footnote, "2"),
            ],
            blocks.Select(b => (b.Text, b.Kind, (string?)b.Number)));
    }

    [Fact]
    public void ReadsTheNotesAndTheirCalls_When_JsPdfWritesCallsAsSuperscriptCharacters()
    {
        // Act: jsPDF's print, its calls the characters ¹ and ², its notes at the end opened by the same characters.
        var read = Parsing.Parse("fr-numbered.pdf", File.ReadAllBytes(Path.Combine(Renditions, "jspdf", "fr-numbered.pdf"))).Paragraphs;

        // Assert
        var first = read.Single(p => p.Number == "1");
        Assert.EndsWith("résolution 70/125 de l'Assemblée générale.", first.Text.Replace('’', '\''), StringComparison.Ordinal);
        Assert.Single(first.Footnotes!);
        Assert.DoesNotContain(read, p => p.Text.Contains('¹', StringComparison.Ordinal) || p.Text.Contains('²', StringComparison.Ordinal));
    }
}
