using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Classification;

/// <summary>
/// A language the code has never heard of, given only as a file (<c>Languages/xx.json</c>) and a few taxonomy terms:
/// detected, tokenised, stemmed, classified and its requests read, with no code of its own.
/// </summary>
public class ThirdLanguageTests
{
    private static readonly LanguageCatalog Languages = TestLanguages.WithMadeUp();

    private static readonly LanguageResource MadeUp = Languages.Get("xx");

    [Theory]
    [InlineData("Ka netoren lo bandixen mi tun sor ve kaloren.", "xx")]
    [InlineData("Le Conseil économique et social prie la Commission de présenter un rapport.", "fr")]
    [InlineData("The Council requests the Commission to submit a report on the implementation.", "en")]
    public void TellsTheLanguage_When_TheCatalogueHasAThirdOne(string text, string code)
    {
        Assert.Equal(code, LanguageDetector.Detect(Languages, text).Code);
    }

    [Fact]
    public void KeepsTheDeclaredLanguage_When_ItIsInTheCatalogue()
    {
        Assert.Equal("xx", LanguageDetector.Resolve(Languages, "xx-YY", "The text reads like English.").Code);
    }

    [Theory]
    [InlineData("netoren", "netor")] // first rule of the step: oren -> or
    [InlineData("bandaen", "banda")] // second rule: en dropped
    [InlineData("boren", "boren")] // too short for oren, and en may not follow r
    [InlineData("ben", "ben")] // too short for en
    [InlineData("bandixen", "banda")] // both steps, in order: en dropped, then ix -> a
    public void StemsByTheFilesRules_When_WordIsInTheMadeUpLanguage(string word, string stem)
    {
        var buffer = word.ToCharArray();

        var length = new WordStemmer(MadeUp.Stemming).Stem(buffer);

        Assert.Equal(stem, new string(buffer, 0, length));
    }

    [Fact]
    public void DropsItsElisionsAndStopWords_When_Tokenising()
    {
        var words = new List<string>();
        var tokens = new List<TextToken>();

        new Tokeniser(MadeUp).Tokenise("Ka z'netoren lo bandixen", w =>
        {
            words.Add(w.ToString());
            return words.Count - 1;
        }, tokens);

        Assert.Equal(["netor", "banda"], words);
    }

    [Fact]
    public void LabelsAndReadsRequests_When_ParagraphIsInTheMadeUpLanguage()
    {
        var classifier = new TaxonomyClassifier(MadeUpTaxonomy(), new ClassifierOptions(), languages: Languages);

        var labels = classifier.Classify(new ClassificationRequest(
            "Pirenta ka stati membra fa cunstrua netoren bandixen antaw 2030 ye sesso 81;",
            Kind: ParagraphKind.Operative,
            DocumentBody: "GA"));

        Assert.Equal("xx", labels.Language);
        Assert.Equal("C2", labels.PrimaryActionLine);
        var request = Assert.Single(labels.Requests);
        Assert.Equal("Pirenta", request.Verb);
        Assert.Equal(["MEMBER-STATES"], request.Addressees);
        Assert.StartsWith("cunstrua netoren bandixen", request.Action);
        Assert.Equal("antaw 2030", request.Deadline);
        Assert.Equal("ye sesso 81", request.ReportingSession);
    }

    [Fact]
    public void LabelsFrenchAsBefore_When_TheCatalogueHasAThirdLanguage()
    {
        var classifier = new TaxonomyClassifier(MadeUpTaxonomy(), new ClassifierOptions(), languages: Languages);

        var labels = classifier.Classify(new ClassificationRequest(
            "Le déploiement du haut débit dans les zones rurales progresse grâce aux réseaux communautaires."));

        Assert.Equal("fr", labels.Language);
        Assert.Equal("C2", labels.PrimaryActionLine);
    }

    /// <summary>The embedded taxonomy with the made-up language's words for broadband, member states and "requests".</summary>
    private static Taxonomy MadeUpTaxonomy()
    {
        var taxonomy = ClassifierFixture.Taxonomy;
        return taxonomy with
        {
            ActionLines = taxonomy.ActionLines
                .Select(a => a.Code == "C2" ? a with { KeyTerms = With(a.KeyTerms!, "xx", "netoren bandaen") } : a)
                .ToArray(),
            Addressees = taxonomy.Addressees
                .Select(a => a.Id == "MEMBER-STATES" ? a with { Terms = [.. a.Terms, "stati membra"] } : a)
                .ToArray(),
            RequestVerbs = With(taxonomy.RequestVerbs, "xx", "pirenta"),
        };
    }

    private static Dictionary<string, string[]> With(IReadOnlyDictionary<string, string[]> byLanguage, string code, params string[] words) =>
        new(byLanguage) { [code] = words };
}
