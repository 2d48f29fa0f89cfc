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
    [InlineData("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")] // Persian: the non-joiner shapes the word
    [InlineData("\U0001F469\u200D\U0001F4BB")] // an emoji sequence
    [InlineData("infor\u00AD")] // a soft hyphen ending a line, for the PDF layout to join the halves
    public void KeepsJoinersAndHyphens_When_TheyAreNotBetweenLatinLetters(string text)
    {
        Assert.Same(text, InvisibleCharacters.Strip(text));
    }
}
