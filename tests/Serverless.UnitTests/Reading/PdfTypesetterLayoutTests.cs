using Serverless.Shared.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.PdfFonts;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Layouts that typesetters set where word processors and browsers do not: footnote calls drawn with a font's own
/// superior figures, and a body in three columns (the whole files are in <c>tests/renditions/</c>).
/// </summary>
public sealed class PdfTypesetterLayoutTests
{
    private static readonly FontDetails Serif = new("Serif", false, 400, false);

    /// <summary>A letter on the baseline 700 at 11 pt, its outline from <paramref name="bottom"/> to <paramref name="top"/>.</summary>
    private static Letter Glyph(string value, double left, double bottom, double top) =>
        new(value, new PdfRectangle(left, bottom, left + 5, top), new PdfRectangle(left, bottom, left + 5, top), new PdfPoint(left, 700),
            new PdfPoint(left + 5, 700), 5, 11, Serif, TextRenderingMode.Fill, GrayColor.Black, GrayColor.Black, 11, 0);

    [Fact]
    public void SetsRaisedFiguresApart_When_FontDrawsThemAboveTheBaselineOfTheirWord()
    {
        // Arrange: "Summit.1" and "1See" as Typst sets a call and a note's number: the figure at the text's size on the
        // baseline, its outline 4 pt up; "C2" and "2006" have their figures on the baseline.
        var words = new List<Word>
        {
            new([Glyph("S", 10, 700, 707), Glyph(".", 15, 700, 701), Glyph("1", 20, 704, 707.6)]),
            new([Glyph("1", 40, 704, 707.6), Glyph("S", 45, 700, 707), Glyph("e", 50, 700, 705)]),
            new([Glyph("C", 70, 700, 707), Glyph("2", 75, 700, 707)]),
            new([Glyph("2", 90, 700, 707), Glyph("0", 95, 700, 707), Glyph("0", 100, 700, 707), Glyph("6", 105, 700, 707)]),
        };

        // Act
        var raised = PdfRaisedFigures.Split(words);

        // Assert
        Assert.Equal(["S.", "1", "1", "Se", "C2", "2006"], words.Select(w => w.Text));
        Assert.Equal(["1", "1"], raised!.Select(w => w.Text));
    }

    [Fact]
    public void LeavesWordsAlone_When_NoFigureIsRaised()
    {
        // Arrange
        var words = new List<Word> { new([Glyph("7", 10, 700, 707), Glyph("0", 15, 700, 707), Glyph("/", 20, 699, 708), Glyph("1", 25, 700, 707)]) };

        // Act
        var raised = PdfRaisedFigures.Split(words);

        // Assert
        Assert.Null(raised);
        Assert.Equal(["70/1"], words.Select(w => w.Text));
    }

    [Fact]
    public void AttachesNotes_When_CallsAreTheFontsSuperiorFigures()
    {
        // Arrange: Typst's print of a contribution (tests/renditions/make.sh): calls and notes' numbers in superior figures.
        var pdf = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", "typst", "en-numbered.pdf");

        // Act
        var paragraphs = Parsing.Parse("en-numbered.pdf", File.ReadAllBytes(pdf)).Paragraphs;

        // Assert: the first paragraph ends at "Summit." and calls its note; no note stands as a paragraph.
        var first = paragraphs.Single(p => p.Number == "1");
        Assert.EndsWith("outcomes of the Summit.", first.Text, StringComparison.Ordinal);
        Assert.Equal(["See General Assembly resolution 70/125 of 16 December 2015, paragraphs 6 and 70."], first.Footnotes!);
        Assert.DoesNotContain(paragraphs, p => p.Text.StartsWith("1See", StringComparison.Ordinal) || p.Text.StartsWith("2The", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("typst/en-numbered.3col.pdf", "5", "The Commission also reviewed the resilience of communication networks during emergencies, and a technical note on the continuity of service during conflicts and natural disasters was presented to the Committee on Technology for Development at its fourth session.")]
    [InlineData("typst/en-numbered.3col.pdf", "b", "the drafting of universal service regulations and the design of a fund to finance rural connectivity;")]
    [InlineData("typst/en-numbered.3col.pdf", "4", "Together with the International Telecommunication Union, the Commission supported three least developed countries in the preparation of national broadband plans. Support covered:")]
    [InlineData("spanned/en-numbered.pdf", "4", "Together with the International Telecommunication Union, the Commission supported three least developed countries in the preparation of national broadband plans. Support covered:")]
    public void ReadsEachColumnInTurn_When_BodyIsSetInThreeColumns(string file, string number, string expected)
    {
        // Arrange: the body in three (or two) columns under a title across them; the page's middle third holds both
        // gutters' edges; paragraph 4 has a justified line of three words stretched across the narrow column.
        var pdf = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", file);

        // Act
        var paragraphs = Parsing.Parse(Path.GetFileName(file), File.ReadAllBytes(pdf)).Paragraphs;

        // Assert
        Assert.Equal(expected, paragraphs.Single(p => p.Number == number).Text);
    }

    [Fact]
    public void ReadsTheColumnsFilled_When_LastPageLeavesTheThirdColumnEmpty()
    {
        // Arrange: a one-page contribution in three columns whose text fills two: the band beside the empty third column
        // is wider than the gutter between the two filled ones.
        var pdf = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", "typst", "en-unnumbered.3col.pdf");

        // Act
        var texts = Parsing.Parse("en-unnumbered.pdf", File.ReadAllBytes(pdf)).Paragraphs.Select(p => p.Text).ToList();

        // Assert
        Assert.Contains("The Secretariat coordinated the regional follow-up of the World Summit on the Information Society in fourteen Pacific island countries during 2025. This contribution summarizes what was done under the action lines for which the region reported progress, and what remains difficult for small and remote communities.", texts);
        Assert.Contains("Connectivity remains the first concern of the region. Three new submarine cables reached the islands in 2025, yet outer islands still depend on satellite links whose price is beyond the means of most households and schools.", texts);
    }

    [Fact]
    public void ReadsMinusSignAsHyphen_When_ItStandsBeforeALetterOrASpace()
    {
        // Arrange: "e−health", a dash bullet "− " and "−5" as a2ps draws them (the hyphen-minus with the glyph "minus").
        Letter At(string value, double left) => Glyph(value, left, 700, 707);
        var letters = new List<Letter> { At("e", 10), At("\u2212", 15), At("h", 20), At("\u2212", 40), At(" ", 45), At("\u2212", 60), At("5", 65) };

        // Act
        var repaired = PdfMinusHyphens.Repair(letters);

        // Assert
        Assert.Equal(["e", "-", "h", "-", " ", "\u2212", "5"], repaired.Select(l => l.Value));
    }

    [Fact]
    public void KeepsAHeadingInItsColumn_When_OnlyNotesStandBelowItInTheNextColumn()
    {
        // Arrange: "Skills and content" heads the foot of the first column; the second column beside it is empty but for
        // its notes at the foot of the page, which are no column going on beside the heading.
        var pdf = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", "typst", "en-unnumbered.3col.pdf");

        // Act
        var texts = Parsing.Parse("en-unnumbered.pdf", File.ReadAllBytes(pdf)).Paragraphs.Select(p => p.Text).ToList();

        // Assert: the first column is read to its foot before the second.
        Assert.True(texts.IndexOf("Skills and content") < texts.IndexOf("Resilience and climate"), string.Join(" / ", texts));
    }

    [Theory]
    [InlineData("columns3/en-numbered.pdf", "This contribution responds to the letter of the Secretary-General of the United Nations Conference on Trade and Development and reports on the activities of the Commission in the Arab region during 2025, in line with Economic and Social Council resolution 2006/46 and General Assembly resolution 70/125 on the overall review of the implementation of the outcomes of the Summit.")]
    [InlineData("columns3/fr-numbered.pdf", "La présente contribution répond à la lettre du Secrétaire général de la Conférence des Nations Unies sur le commerce et le développement et rend compte des activités menées par la Commission en Afrique au cours de l'année 2025, conformément à la résolution 2006/46 du Conseil économique et social et à la résolution 70/125 de l'Assemblée générale.")]
    public void FindsTheGutterBesideTheTitle_When_ThreeColumnsStartUnderATitleAcrossThem(string file, string expected)
    {
        // Arrange: Chromium's print in three CSS columns under a title across them: the page's rows are many (each
        // column's lines at heights of their own), so the band crossed by a third of them reaches into the second
        // column's edge, and the other gutter is the wider one.
        var pdf = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", file);

        // Act
        var paragraphs = Parsing.Parse(Path.GetFileName(file), File.ReadAllBytes(pdf)).Paragraphs;

        // Assert: the first paragraph, under the first column's heading, whole and numbered.
        Assert.Equal(expected, paragraphs.Single(p => p.Number == "1").Text);
        Assert.Contains(paragraphs, p => p.Text == "Introduction");
    }
}
