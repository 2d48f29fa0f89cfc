using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Report;

public class PluralTests
{
    [Theory]
    [InlineData("fr", 0, "0 demande")]
    [InlineData("fr", 1, "1 demande")]
    [InlineData("fr", 2, "2 demandes")]
    [InlineData("en", 0, "0 requests")]
    [InlineData("en", 1, "1 request")]
    [InlineData("en", 2, "2 requests")]
    public void AgreesTheNounWithTheCount_When_Counting(string language, int count, string expected)
    {
        var (one, other) = language == "fr" ? ("demande", "demandes") : ("request", "requests");

        Assert.Equal(expected, Plural.Count(language, count, one, other));
    }

    [Fact]
    public void GroupsThousands_AsEachLanguageWritesThem()
    {
        Assert.Equal("2\u202F000 paragraphes", Plural.Count("fr", 2000, "paragraphe", "paragraphes"));
        Assert.Equal("2,000 paragraphs", Plural.Count("en", 2000, "paragraph", "paragraphs"));
    }

    [Fact]
    public void WritesAgreeingFrenchSentences_When_OneRenditionOrSeveralAreLeftOut()
    {
        var forms = ReportText.French.RenditionsNote;

        Assert.StartsWith("Une autre version d'une contribution déjà reçue", Plural.Form("fr", 1, forms.One, forms.Other));
        Assert.Contains("n'ont pas été comptées", Plural.Form("fr", 3, forms.One, forms.Other));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void NeverOpensASentenceWithAFigure_When_RenditionsAreLeftOut(string language)
    {
        // The UN's editorial rule: a number that opens a sentence is written in words, or the sentence rephrased.
        var forms = (language == "fr" ? ReportText.French : ReportText.English).RenditionsNote;

        Assert.False(forms.One.StartsWith("{0}", StringComparison.Ordinal), forms.One);
        Assert.False(forms.Other.StartsWith("{0}", StringComparison.Ordinal), forms.Other);
    }
}
