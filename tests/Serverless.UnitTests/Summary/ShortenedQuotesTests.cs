using System.Globalization;
using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Synthesis;

namespace Serverless.UnitTests.Summary;

/// <summary>
/// What the summary and the report shorten (a document's title, a highlight, a sentence too long to quote whole) is cut
/// between whole letters as a reader sees them, and a text with no space where it is cut is still shortened.
/// </summary>
public sealed class ShortenedQuotesTests
{
    private const string Family = "👨‍👩‍👧"; // man, joiner, woman, joiner, girl: eight UTF-16 characters, one letter as drawn
    private const string ThumbsUp = "👍🏽"; // with a skin tone: four characters

    [Fact]
    public void CitesATitle_When_ItsOpeningHoldsNoSpaceToCutAt()
    {
        // Words joined by underscores, as a file name turned heading: 130 characters without a space. Before, the cut
        // looked for a space, found none, and threw, and the year's whole summary could not be compiled.
        var heading = string.Join('_', "Contribution de l’Union internationale des télécommunications au rapport annuel du Secrétaire général sur le SMSI version finale".Split(' '));
        var document = Document(("heading", heading), ("paragraph", "En 2025, l’Union a raccordé 1 200 écoles au haut débit dans les pays les moins avancés."));

        var title = DocumentTitle.Of(document);

        Assert.Equal(heading[..110] + " …", title);
    }

    [Theory]
    [InlineData(1198, ThumbsUp)]
    [InlineData(1195, Family)]
    public void QuotesAHighlight_WithoutHalfOfALetter_When_ItsCutFallsInsideAnEmoji(int before, string emoji)
    {
        // The highlight is cut at 1,199 characters: inside the emoji, after its first half (a lone surrogate, written
        // U+FFFD in the summary's JSON) or after the man and his joiner.
        var text = new string('x', before) + string.Concat(Enumerable.Repeat(emoji + " ", 50));
        var document = Document(("paragraph", text));

        var quoted = HighlightSelector.Cite(document, document.Paragraphs[0]).Text;

        Assert.Equal(new string('x', before) + "…", quoted);
    }

    [Fact]
    public void QuotesTheStartOfALongSentence_InWholeLetters_When_ItHasNoSpace()
    {
        // A sentence of 1,260 characters without a space (emoji between its words), cut at and around the 520 the
        // statements and the requests of the report keep: the rule both now use where no space is found.
        var sentence = string.Concat(Enumerable.Repeat("numériques" + Family, 70)) + ".";
        foreach (var cut in new[] { sentence.Length / 3, 520, 521, 522, 523 })
        {
            var shortened = ShortenedText.AtWord(sentence, cut);

            Assert.True(shortened.Length <= cut);
            Assert.True(shortened.Length > cut - Family.Length);
            Assert.StartsWith(shortened, sentence, StringComparison.Ordinal);
            Assert.Equal(TextElements(sentence).Take(TextElements(shortened).Count), TextElements(shortened));
        }
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }

    private static SummaryDocument Document(params (string Kind, string Text)[] paragraphs) =>
        new("d1", "contribution.md", "ITU", "fr", null,
            paragraphs.Select((p, i) => new SummaryParagraph(i, null, p.Kind, p.Text, ["C2"], 0.9, [], [], [])).ToArray(),
            Kind: "contribution");
}
