using Serverless.Shared.Reading;
using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Bulleted lists as Word writes them: its bullets drawn from the Symbol and Wingdings fonts, whose codes sit in the
/// Private Use Area (U+F0B7, U+F0A7), and its second level's letter o before a tab, in a PDF it exports and in a text
/// pasted from it.
/// </summary>
public sealed class SymbolFontBulletsTests
{
    private const string RoundBullet = "\uF0B7", SquareBullet = "\uF0A7";

    [Fact]
    public void ReadsEachItemWholeAsAListItem_When_APdfDrawsItsBulletsFromASymbolFont()
    {
        // Arrange: a list printed with the bullets in the Private Use Area (tests/renditions/symbol-bullets/make.sh).
        var pdf = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", "symbol-bullets", "word-bullets.pdf");

        // Act
        var paragraphs = Parsing.Parse("word-bullets.pdf", File.ReadAllBytes(pdf)).Paragraphs;

        // Assert: five items, each whole (before, each wrapped item was cut at its line's end and the codes kept).
        var items = paragraphs.Where(p => p.Kind == ParagraphKind.ListItem).Select(p => p.Text).ToArray();
        Assert.Equal(5, items.Length);
        Assert.Equal(
            "trained 1,200 teachers in rural schools to use low-cost laptops in their lessons and to keep the devices working without outside help;",
            items[0]);
        Assert.Equal("four of them in mountain villages reached only by a dirt road;", items[2]);
        Assert.Equal("two of them in refugee settlements, with opening hours set by the residents;", items[3]);
        Assert.DoesNotContain(paragraphs, p => p.Text.Any(c => c is >= '\uE000' and <= '\uF8FF'));
    }

    [Fact]
    public void ReadsListItems_When_ATextPastedFromWordKeepsItsSymbolFontsBullets()
    {
        // Arrange
        var text = $"In 2025 the Network did the following:\n\n{RoundBullet}\ttrained teachers in rural schools;\n" +
                   $"o\tfour of them in mountain villages;\n{SquareBullet}\ttwo of them in refugee settlements;\n" +
                   "\u00B7\tpublished a guide for municipalities.\n\nThe Network will report on the results.\n";

        // Act
        var paragraphs = Parsing.Parse("contribution.txt", text).Paragraphs;

        // Assert
        Assert.Equal(
            ["trained teachers in rural schools;", "four of them in mountain villages;", "two of them in refugee settlements;", "published a guide for municipalities."],
            paragraphs.Where(p => p.Kind == ParagraphKind.ListItem).Select(p => p.Text));
        Assert.Equal(6, paragraphs.Count);
    }

    [Fact]
    public void KeepsTheWordO_When_ItOpensAWrappedLineAfterASpace()
    {
        // Arrange: Spanish and Portuguese "o" ("or") may open a wrapped line; only a tab after it makes it a bullet.
        var text = "En 2025, los centros comunitarios de la red abrieron sus puertas cada\n" +
                   "día de la semana. Cada centro abre por la mañana, por la tarde\n" +
                   "o por la noche, según lo decidan los vecinos en sus asambleas, y\n" +
                   "ofrece cursos de alfabetización digital a las personas mayores.\n\n" +
                   "La red publicará un informe sobre estos cursos el próximo año.\n";

        // Act
        var paragraphs = Parsing.Parse("contribucion.txt", text).Paragraphs;

        // Assert
        Assert.Equal(2, paragraphs.Count);
        Assert.Contains("por la tarde o por la noche, según", paragraphs[0].Text);
    }

    [Theory]
    [InlineData("\uF0B7 item", "• item")]
    [InlineData("a \uF0A7 b \uF0D8 c", "a ▪ b ➢ c")]
    [InlineData("no symbol here", "no symbol here")]
    [InlineData("\uF041 stays", "\uF041 stays")] // a code no bullet of those fonts uses
    public void Replace_GivesASymbolFontsBulletAsTheCharacterItShows(string text, string expected) =>
        Assert.Equal(expected, SymbolFontBullets.Replace(text));
}
