using Serverless.Shared.Classification;

namespace Serverless.UnitTests.Classification;

public class TextNormalisationTests
{
    private static readonly WordStemmer French = new(LanguageCatalog.Default.Get("fr").Stemming);
    private static readonly WordStemmer English = new(LanguageCatalog.Default.Get("en").Stemming);

    [Fact]
    public void FoldsCaseAccentsAndPunctuation_When_TextIsFrench()
    {
        Assert.Equal(" acces a l information et au savoir ", TextNormaliser.Fold("Accès à l’Information et au SAVOIR !"));
    }

    [Fact]
    public void SpellsOutLigatures_When_TextHasOe()
    {
        Assert.Equal(" mise en oeuvre ", TextNormaliser.Fold("mise en œuvre"));
    }

    [Theory]
    [InlineData("culturelles", "culturel")]
    [InlineData("culturel", "culturel")]
    [InlineData("nationaux", "national")]
    [InlineData("réseaux", "reseau")]
    [InlineData("bibliothèques", "bibliothequ")]
    public void MergesPluralAndFeminine_When_WordIsFrench(string word, string stem)
    {
        Span<char> buffer = stackalloc char[40];
        var folded = TextNormaliser.Fold(word).Trim();
        folded.AsSpan().CopyTo(buffer);
        var length = French.Stem(buffer[..folded.Length]);
        Assert.Equal(stem, buffer[..length].ToString());
    }

    [Theory]
    [InlineData("emploie", "emplois")]
    public void KeepsWordsApart_When_OnlyTheirEndingsLookAlike(string word, string other)
    {
        Assert.NotEqual(FrenchStem(word), FrenchStem(other));
    }

    [Theory]
    [InlineData("emplois", "emploi")]
    [InlineData("technologies", "technologie")]
    public void GivesOneStem_When_TheFrenchWordIsPlural(string plural, string singular)
    {
        Assert.Equal(FrenchStem(singular), FrenchStem(plural));
    }

    private static string FrenchStem(string word)
    {
        var folded = TextNormaliser.Fold(word).Trim().ToCharArray();
        return new string(folded, 0, French.Stem(folded));
    }

    [Theory]
    [InlineData("policies", "policy")]
    [InlineData("networks", "network")]
    [InlineData("access", "access")]
    public void MergesPlurals_When_WordIsEnglish(string word, string stem)
    {
        Span<char> buffer = stackalloc char[40];
        word.AsSpan().CopyTo(buffer);
        var length = English.Stem(buffer[..word.Length]);
        Assert.Equal(stem, buffer[..length].ToString());
    }

    [Fact]
    public void DropsElisionsAndStopWords_When_Tokenising()
    {
        var vocabulary = new Dictionary<string, int>();
        var tokens = new List<TextToken>();
        new Tokeniser(LanguageCatalog.Default.Get("fr")).Tokenise("l’accès à l'information", w =>
        {
            var key = w.ToString();
            return vocabulary.TryGetValue(key, out var id) ? id : vocabulary[key] = vocabulary.Count;
        }, tokens);

        Assert.Equal(["acce", "information"], vocabulary.Keys);
        Assert.Equal(2, tokens.Count);
    }

    [Theory]
    [InlineData("(b) Encourages (c) training (iv) networks", "en")]
    [InlineData("b) formation; c) réseaux; ii) emplois", "fr")]
    public void LeavesOutItemMarkers_When_Tokenising(string text, string language)
    {
        var words = Words(text, language);

        Assert.Equal(3, words.Count);
        Assert.DoesNotContain(words, w => w.Length <= 2);
    }

    [Theory]
    [InlineData("the Union (ITU) and e-government", "en", "itu")]
    [InlineData("the Union (ITU) and e-government", "en", "e")]
    [InlineData("le point b de l'annexe", "fr", "b")]
    public void KeepsLettersThatAreWords_When_NoParenthesisClosesThem(string text, string language, string word) =>
        Assert.Contains(word, Words(text, language));

    [Theory]
    [InlineData("the Information Society3 and its outcomes", "en", "society")]
    [InlineData("le plan de développement12, adopté en 2024", "fr", "developpement")]
    [InlineData("Governance27.", "en", "governance")]
    public void ReadsTheWord_When_AFootnoteCallIsGluedToIt(string text, string language, string word)
    {
        var words = Words(text, language);

        Assert.Contains(word, words);
        Assert.DoesNotContain(words, w => w.StartsWith(word, StringComparison.Ordinal) && w != word);
        Assert.DoesNotContain(words, w => w is "3" or "12" or "27");
    }

    [Theory]
    [InlineData("deploying IPv6 addresses", "en", "ipv6")]
    [InlineData("the DHIS2 platform", "en", "dhis2")]
    [InlineData("AfricaConnect3 links campuses", "en", "africaconnect3")]
    [InlineData("the G20 summit", "en", "g20")]
    [InlineData("Web3 services", "en", "web3")]
    [InlineData("ISO27001 certification", "en", "iso27001")]
    public void KeepsANameWithItsNumber_When_ItHasCapitalsInsideOrFewLetters(string text, string language, string word) =>
        Assert.Contains(word, Words(text, language));

    private static List<string> Words(string text, string language)
    {
        var words = new List<string>();
        new Tokeniser(LanguageCatalog.Default.Get(language)).Tokenise(text, w =>
        {
            words.Add(w.ToString());
            return -1;
        }, new List<TextToken>());
        return words;
    }

    [Theory]
    [InlineData("Le Conseil économique et social prie la Commission de présenter un rapport.", "fr")]
    [InlineData("The Council requests the Commission to submit a report on the implementation.", "en")]
    public void TellsLanguage_When_NoneIsDeclared(string text, string language)
    {
        Assert.Equal(language, LanguageDetector.Resolve(null, text));
    }
}
