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

        Assert.StartsWith("{0} autre version d'une contribution déjà reçue", Plural.Form("fr", 1, forms.One, forms.Other));
        Assert.Contains("n'ont pas été comptées", Plural.Form("fr", 3, forms.One, forms.Other));
    }
}
