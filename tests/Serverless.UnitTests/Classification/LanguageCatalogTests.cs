using Serverless.Shared.Classification;

namespace Serverless.UnitTests.Classification;

public class LanguageCatalogTests
{
    [Fact]
    public void FindsEveryCommonWordAsText_When_LookedUpByItsPackedLetters()
    {
        // The detector looks words of letters below U+0100 up by number: each such common word must be there with the
        // same languages as in the text table, none may share a number, and no other word may be there.
        var catalog = LanguageCatalog.Default;
        var latin = catalog.Languages.SelectMany(l => l.CommonWords).Distinct().Where(w => w.All(c => c <= byte.MaxValue)).ToList();
        Assert.NotEmpty(latin);

        foreach (var word in latin)
        {
            Assert.True(catalog.CommonWords.TryGetValue(word, out var languages));
            Assert.Equal(languages, catalog.CommonLatinWords[LanguageDetector.Packed(word)]);
        }

        Assert.Equal(latin.Count, catalog.CommonLatinWords.Count);
        Assert.NotEqual(LanguageDetector.Packed("de"), LanguageDetector.Packed("de\u00e9"));
    }

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
