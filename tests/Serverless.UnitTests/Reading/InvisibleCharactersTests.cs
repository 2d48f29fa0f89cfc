using Serverless.Shared.Reading;

namespace Serverless.UnitTests.Reading;

/// <summary>Characters that show nothing but split a word are taken out of what is read, where they split Latin words.</summary>
public sealed class InvisibleCharactersTests
{
    [Theory]
    [InlineData("notes.txt")]
    [InlineData("notes.md")]
    public void ReadsWordsWhole_When_ZeroWidthCharactersSplitThem(string name)
    {
        // Before: "géné\u200Brale" and "capa\u200Dcités" reached the classifier as two words each.
        var text = "L'Assemblée géné\u200Brale prie le Secrétaire\u2060 général de ren\u00ADforcer les capa\u200Dcités numé\uFEFFriques des écoles.\n";

        var paragraph = Assert.Single(Parsing.Parse(name, text).Paragraphs);

        Assert.Equal("L'Assemblée générale prie le Secrétaire général de renforcer les capacités numériques des écoles.", paragraph.Text);
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("notes.md")]
    [InlineData("notes.html")]
    public void ReadsWordsWhole_When_ControlCharactersAreStrewnInTheText(string name)
    {
        // Before: "numé\u0000rique" and the bell and escape after "Secrétaire" were kept in the paragraph (too few of them
        // for binary data), splitting the words; XML cannot hold them, so a Word report quoting the paragraph failed.
        var text = "L'Assemblée générale prie le Secrétaire\u0007 général de renforcer les capacités numé\u0000riques des écoles et des " +
                   "bibliothèques des pays en développement, en particulier des pays les moins avancés, pour que chacun tire parti de la société de l'information.\n";
        var file = name.EndsWith(".html", StringComparison.Ordinal) ? $"<html><body><p>{text}</p></body></html>" : text;

        var paragraph = Assert.Single(Parsing.Parse(name, file).Paragraphs);

        Assert.Equal(
            "L'Assemblée générale prie le Secrétaire général de renforcer les capacités numériques des écoles et des " +
            "bibliothèques des pays en développement, en particulier des pays les moins avancés, pour que chacun tire parti de la société de l'information.",
            paragraph.Text);
    }

    [Theory]
    [InlineData("1\u200D3. The General Assembly requests a report on broadband.\n", "13")]
    [InlineData("13\u200C. The General Assembly requests a report on broadband.\n", "13")]
    [InlineData("\u200D13. The General Assembly requests a report on broadband.\n", "13")]
    [InlineData("(\u200Db) The General Assembly requests a report on broadband.\n", "b")]
    public void ReadsAParagraphsNumber_When_AJoinerHidesInIt(string text, string number)
    {
        // Before: a zero-width joiner or non-joiner beside a digit or a bracket was kept (only one between two Latin
        // letters went), so "13." shown to a reader was no number to the segmenter, and the joiner stayed in the text.
        var paragraph = Assert.Single(Parsing.Parse("numbered.txt", text).Paragraphs);

        Assert.Equal(number, paragraph.Number);
        Assert.Equal("The General Assembly requests a report on broadband.", paragraph.Text);
    }

    [Theory]
    [InlineData("numé\u001Briques", "numériques")]
    [InlineData("numé\u007Friques\u0001", "numériques")]
    [InlineData("numé\uFFFFriques\uFFFE", "numériques")]
    [InlineData("a\tb\nc", "a\tb\nc")]
    public void TakesOutControlCharacters_When_TheyAreNotTabsOrLineBreaks(string text, string expected)
    {
        Assert.Equal(expected, InvisibleCharacters.Strip(text));
    }

    [Theory]
    [InlineData("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")] // Persian: the non-joiner shapes the word
    [InlineData("\U0001F469\u200D\U0001F4BB")] // an emoji sequence
    [InlineData("infor\u00AD")] // a soft hyphen ending a line, for the PDF layout to join the halves
    public void KeepsJoinersAndHyphens_When_TheyAreNotBetweenLatinLetters(string text)
    {
        Assert.Same(text, InvisibleCharacters.Strip(text));
    }
}
