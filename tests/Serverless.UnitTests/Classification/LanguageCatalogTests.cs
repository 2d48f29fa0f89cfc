using Serverless.Shared.Classification;

namespace Serverless.UnitTests.Classification;

public class LanguageCatalogTests
{
    [Fact]
    public void ListsFrenchFirst_When_LoadingTheEmbeddedFiles()
    {
        var catalog = LanguageCatalog.LoadEmbedded();

        Assert.Equal(["fr", "en"], catalog.Languages.Select(l => l.Code));
        Assert.Equal("fr", catalog.DefaultLanguage.Code);
    }

    [Fact]
    public void GoesToTheDefaultLanguage_When_NoCommonWordDecides()
    {
        Assert.Equal("fr", LanguageDetector.Detect(TestLanguages.WithMadeUp(), "Zzz qqq 2030.").Code);
    }

    [Theory]
    [InlineData("\"replacement\": \"or\"", "\"replacement\": \"orenxx\"", "stemming[0][0].replacement")]
    [InlineData("\"minLength\": 6", "\"minLength\": 4", "stemming[0][0].minLength")]
    [InlineData("\"stopWords\": [\"ka\",", "\"stopWords\": [\"Ka\",", "stopWords")]
    [InlineData("\"commonWords\": [\"ka\",", "\"commonWords\": [\"kalamitosa\",", "commonWords")]
    [InlineData("\"commonWords\": [\"ka\", \"lo\", \"mi\", \"ve\", \"tun\", \"sor\"],", "", "commonWords")]
    [InlineData("(?<marker>\\\\sfa\\\\s+)", "(?:\\\\sfa\\\\s+)", "requests.infinitive")]
    [InlineData("\"ye\\\\s+sesso\\\\s+\\\\d+\"", "\"ye(\"", "requests.sessions[0]")]
    [InlineData("\"minLength\": 6", "\"minLength\": \"six\"", "$.stemming[0][0].minLength")]
    [InlineData("\"code\": \"xx\"", "\"code\": \"fr\"", "code 'fr'")]
    public void NamesTheFileAndField_When_ALanguageFileIsWrong(string part, string replacement, string field)
    {
        Assert.Contains(part, TestLanguages.MadeUpJson);
        var json = TestLanguages.MadeUpJson.Replace(part, replacement, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => TestLanguages.WithMadeUp(json));

        Assert.StartsWith("xx.json", error.Message);
        Assert.Contains(field, error.Message);
    }

    [Fact]
    public void SaysWhichLanguagesClaimIt_When_TwoFilesAreTheDefault()
    {
        var json = TestLanguages.MadeUpJson.Replace("\"name\": \"Exemplish\",", "\"name\": \"Exemplish\", \"default\": true,", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => TestLanguages.WithMadeUp(json));

        Assert.Contains("default", error.Message);
        Assert.Contains("fr, xx", error.Message);
    }
}
