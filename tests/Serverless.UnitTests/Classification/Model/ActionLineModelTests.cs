using System.Text;
using Serverless.Shared.Classification;
using Serverless.Shared.Classification.Model;
using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Classification.Model;

public class ActionLineModelTests
{
    private static readonly Taxonomy Taxonomy = ClassifierFixture.Taxonomy;

    /// <summary>
    /// A model small enough to read: "orbital" speaks for C2, "farmer" for e-agriculture and for C7 itself, the pair
    /// "cable ship" for C2 (neither word alone), the beginning "radio~" (radios, radiodiffusion) for C9, and "teacher"
    /// for C4 (strongly) and for e-learning (less).
    /// </summary>
    private static ActionLineModelFile Model(string? taxonomyVersion = null, double? secondaryThreshold = null) => new()
    {
        // C2 by "orbital" alone: sigmoid(-4 + 12) ≈ 0.9997.
        TaxonomyVersion = taxonomyVersion ?? Taxonomy.Version,
        TrainedOn = "written for the test",
        Threshold = 0.5,
        SecondaryThreshold = secondaryThreshold,
        Words = ["cable ship", "farmer", "orbital", "radio~", "teacher"],
        LineFeatureWeights = new Dictionary<string, double> { ["lexicon"] = 1 },
        SharedWordWeights = new Dictionary<string, double>(),
        Lines =
        [
            new("C2", -4, new Dictionary<string, double> { ["word:orbital"] = 12, ["word:cable ship"] = 12 }),
            new("C4", -4, new Dictionary<string, double> { ["word:teacher"] = 12 }),
            new("C7.3", -4, new Dictionary<string, double> { ["word:teacher"] = 6 }),
            new("C9", -4, new Dictionary<string, double> { ["word:radio~"] = 12 }),
            new("C7", -4, new Dictionary<string, double> { ["word:farmer"] = 10 }),
            new("C7.8", -4, new Dictionary<string, double> { ["word:farmer"] = 12 }),
        ],
    };

    private static ParagraphLabels Classify(string text, double? secondaryThreshold = null) =>
        new TaxonomyClassifier(Taxonomy, new ClassifierOptions(), Model(secondaryThreshold: secondaryThreshold)).Classify(new ClassificationRequest(text, "en"));

    [Fact]
    public void GivesNoLine_When_TheLexiconIsSilentAndTheModelIsUnderItsHigherBar()
    {
        var strict = new TaxonomyClassifier(Taxonomy, new ClassifierOptions(), Model() with { SilentLexiconThreshold = 0.99999 });

        Assert.Empty(strict.Classify(new ClassificationRequest("An orbital relay reached the islands last year.", "en")).ActionLines);
    }

    [Theory]
    [InlineData("The cooperative's zorblat now reaches every village of the valley.", "C7.7")]
    [InlineData("Recalling that the cooperative's zorblat now reaches every village of the valley,", null)]
    public void GivesAnUnsureLine_Only_When_TheLexiconIsSilentOnNarrativeText(string text, string? primary)
    {
        // "zorblat", a word no lexicon knows, gives e-agriculture sigmoid(-4 + 3) ≈ 0.27: under the bar for a
        // resolution's paragraph where the lexicon is silent, over the lower one for a report's or a contribution's.
        var model = Model() with
        {
            SilentLexiconThreshold = 0.5,
            SilentNarrativeThreshold = 0.2,
            Words = [.. Model().Words, "zorblat"],
            Lines = [.. Model().Lines, new("C7.7", -4, new Dictionary<string, double> { ["word:zorblat"] = 3 })],
        };

        var labels = new TaxonomyClassifier(Taxonomy, new ClassifierOptions(), model).Classify(new ClassificationRequest(text, "en"));

        Assert.Equal(primary, labels.PrimaryActionLine);
    }

    [Theory]
    [InlineData(ParagraphKind.Heading, null)]
    [InlineData(ParagraphKind.Preambular, "C7.7")]
    public void GivesAHeadingNoUnsureLine_When_ItsBarIsHigher(ParagraphKind kind, string? primary)
    {
        // The same 0.27 for e-agriculture: over the bar of a resolution's paragraph where the lexicon is silent, under
        // a heading's, which names a part of a document rather than stating something about a field.
        var model = Model() with
        {
            SilentLexiconThreshold = 0.2,
            SilentNarrativeThreshold = 0.15,
            SilentHeadingThreshold = 0.5,
            Words = [.. Model().Words, "zorblat"],
            Lines = [.. Model().Lines, new("C7.7", -4, new Dictionary<string, double> { ["word:zorblat"] = 3 })],
        };

        var labels = new TaxonomyClassifier(Taxonomy, new ClassifierOptions(), model)
            .Classify(new ClassificationRequest("The cooperative's zorblat in the valley", "en", Kind: kind));

        Assert.Equal(primary, labels.PrimaryActionLine);
    }

    [Fact]
    public void KeepsTheLexiconsLines_When_LexiconFirstAndTheLexiconGivesOne()
    {
        const string text = "Broadband infrastructure reached the orbital radiodiffusion station.";
        var lexiconLines = ClassifierFixture.Codes(ClassifierFixture.Classifier.Classify(new ClassificationRequest(text, "en")));
        var lexiconFirst = new TaxonomyClassifier(Taxonomy, new ClassifierOptions(), Model() with { LexiconFirst = true });

        Assert.NotEmpty(lexiconLines);
        Assert.Equal(lexiconLines, ClassifierFixture.Codes(lexiconFirst.Classify(new ClassificationRequest(text, "en"))));
        Assert.Contains("C9", ClassifierFixture.Codes(Classify(text)));
    }

    [Theory]
    [InlineData(0.6, "C9")]
    [InlineData(0.9, "C2")]
    public void OverridesTheLexicon_Only_When_TheModelIsSureEnoughOfAnotherLine(double overrideThreshold, string primary)
    {
        // The lexicon reads "broadband infrastructure" (C2); this model reads "radiodiffusion" as C9 at sigmoid(-4 + 5) ≈ 0.73.
        const string text = "Broadband infrastructure now carries radiodiffusion.";
        var model = Model() with
        {
            LexiconFirst = true,
            OverrideThreshold = overrideThreshold,
            Lines = Model().Lines.Select(l => l.Code == "C9" ? l with { WordWeights = new Dictionary<string, double> { ["word:radio~"] = 5 } } : l).ToArray(),
        };

        Assert.Equal("C2", ClassifierFixture.Classifier.Classify(new ClassificationRequest(text, "en")).PrimaryActionLine);
        Assert.Equal(primary, new TaxonomyClassifier(Taxonomy, new ClassifierOptions(), model).Classify(new ClassificationRequest(text, "en")).PrimaryActionLine);
    }

    [Fact]
    public void ReadsAPairOfWords_When_NeitherWordAloneIsKnown()
    {
        Assert.Equal(["C2"], ClassifierFixture.Codes(Classify("A cable ship arrived at dawn.")));
        Assert.Empty(Classify("A ship arrived at dawn with a cable.").ActionLines);
    }

    [Fact]
    public void ReadsAWordsBeginning_When_TheFormWasNeverSeenWhole()
    {
        var labels = Classify("Community radiodiffusion now reaches the valley.");

        Assert.Equal(["C9"], ClassifierFixture.Codes(labels));
        Assert.Contains("word:radio~", labels.ActionLines[0].Evidence);
    }

    [Fact]
    public void GivesASecondLine_Only_When_ItReachesTheSecondaryThreshold()
    {
        // teacher: C4 at sigmoid(8) ≈ 0.9997, e-learning at sigmoid(2) ≈ 0.88.
        Assert.Equal(["C4", "C7.3"], ClassifierFixture.Codes(Classify("The teacher left.")));
        Assert.Equal(["C4"], ClassifierFixture.Codes(Classify("The teacher left.", secondaryThreshold: 0.95)));
    }

    [Fact]
    public void GivesTheLineItsLearntWordsSpeakFor_When_NoTaxonomyTermIsPresent()
    {
        var labels = Classify("An orbital relay reached the islands last year.");

        var line = Assert.Single(labels.ActionLines);
        Assert.Equal("C2", line.Code);
        Assert.Contains("word:orbital", line.Evidence);
        Assert.Empty(ClassifierFixture.Classifier.Classify(new ClassificationRequest("An orbital relay reached the islands last year.", "en")).ActionLines);
    }

    [Fact]
    public void ShipsAModelOfTheCurrentTaxonomy_When_TheClassifierIsComposedAsInProduction()
    {
        var shipped = ActionLineModelFile.LoadEmbedded();

        Assert.NotNull(shipped);
        Assert.Equal(Taxonomy.Version, shipped.TaxonomyVersion);
        Assert.Equal(
            Taxonomy.ActionLines.Select(a => a.Code).Order(StringComparer.Ordinal),
            shipped.Lines.Select(l => l.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GivesNoLine_When_NoProbabilityReachesTheThreshold()
    {
        Assert.Empty(Classify("The meeting was adjourned at noon.").ActionLines);
    }

    [Fact]
    public void GivesTheSubLineAlone_When_ItsParentLineAlsoReachesTheThreshold()
    {
        var labels = Classify("Each farmer now checks prices before the market opens.");

        Assert.Equal(["C7.8"], ClassifierFixture.Codes(labels));
    }

    [Fact]
    public void RefusesTheModel_When_ItWasTrainedOnAnotherTaxonomyVersion()
    {
        var error = Assert.Throws<ArgumentException>(() => new TaxonomyClassifier(Taxonomy, new ClassifierOptions(), Model("1999.1")));

        Assert.Contains("./wsis train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsTheFile_When_AWeightNamesAWordOutsideItsVocabulary()
    {
        var broken = Model() with { SharedWordWeights = new Dictionary<string, double> { ["word:satellite"] = 1 } };

        var error = Assert.Throws<InvalidDataException>(() => new TaxonomyClassifier(Taxonomy, new ClassifierOptions(), broken));

        Assert.Contains("word:satellite", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsTheModel_When_TheFileOpensWithAByteOrderMark()
    {
        using var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetPreamble());
        Model().Save(stream);

        var again = ActionLineModelFile.Load(new MemoryStream(stream.ToArray()));

        Assert.Equal(12, again.Lines.Single(l => l.Code == "C2").WordWeights["word:orbital"]);
    }

    [Fact]
    public void ReadsBackWhatItWrote_When_SavedAsJson()
    {
        using var stream = new MemoryStream();
        Model().Save(stream);

        var again = ActionLineModelFile.Load(new MemoryStream(stream.ToArray()));

        Assert.Equal(["cable ship", "farmer", "orbital", "radio~", "teacher"], again.Words);
        Assert.Equal(12, again.Lines.Single(l => l.Code == "C2").WordWeights["word:orbital"]);
        Assert.Contains("\"taxonomyVersion\"", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }
}
