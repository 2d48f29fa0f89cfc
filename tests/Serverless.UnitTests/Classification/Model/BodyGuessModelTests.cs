using Serverless.Shared.Classification;
using Serverless.Shared.Classification.Model;
using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Classification.Model;

public class BodyGuessModelTests
{
    private static readonly Taxonomy Taxonomy = ClassifierFixture.Taxonomy;

    /// <summary>
    /// A model small enough to read: a paragraph opening with "Encourages" is the General Assembly's (exp(6) against
    /// exp(0) for no guess: 0.998), one that speaks of an "orbital" body the Plenipotentiary Conference's less surely
    /// (its weight shared with the paragraph's four or five other words: 0.7 to 0.8); anything else gets no guess.
    /// </summary>
    private static BodyGuessModelFile Model(double threshold = 0.5, bool onlyWhereNoneFound = true, string? taxonomyVersion = null) => new()
    {
        TaxonomyVersion = taxonomyVersion ?? Taxonomy.Version,
        TrainedOn = "written for the test",
        Threshold = threshold,
        OnlyWhereNoneFound = onlyWhereNoneFound,
        Outcomes =
        [
            new(BodyGuessModelFile.NoGuess, 0, new Dictionary<string, double>()),
            new("GA", -4, new Dictionary<string, double> { ["opens:encourage"] = 10 }),
            new("ITU-PP", -4, new Dictionary<string, double> { ["word:orbital"] = 11 }),
        ],
    };

    private static ParagraphLabels Classify(BodyGuessModelFile model, string text, string? documentBody = null, ParagraphKind? kind = null) =>
        new TaxonomyClassifier(Taxonomy, new ClassifierOptions(), bodyGuess: model).Classify(new ClassificationRequest(text, "en", Kind: kind, DocumentBody: documentBody));

    [Fact]
    public void GuessesTheAdoptingOrgan_When_AnOperativeParagraphNamesNoBody()
    {
        var labels = Classify(Model(), "Encourages Member States to publish their budgets as open data;");

        Assert.Equal(["GA"], labels.RequestingBodies);
        var guess = Assert.Single(labels.GuessedBodies);
        Assert.Equal("GA", guess.Body);
        Assert.True(guess.Probability > 0.99, $"probability {guess.Probability}");
        Assert.StartsWith("guess: adopting organ GA (1.00) from ", guess.Evidence, StringComparison.Ordinal);
        Assert.Contains("opens \"Encourages\"", guess.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("instructs the Director of the Bureau to help administrations plan their networks,", "ITU-PP")]
    [InlineData("Instructs the Director of the Bureau to help administrations plan their networks;", null)]
    public void GuessesFromALowerCaseOpening_When_TheModelLearntThatTheConferenceWritesSo(string text, string? expected)
    {
        var model = Model() with
        {
            Outcomes =
            [
                new(BodyGuessModelFile.NoGuess, 0, new Dictionary<string, double>()),
                new("ITU-PP", -4, new Dictionary<string, double> { [BodyGuessFeatures.LowerCaseOpening] = 10 }),
            ],
        };

        var guess = Classify(model, text).GuessedBodies.SingleOrDefault();

        Assert.Equal(expected, guess?.Body);
        if (guess is not null)
        {
            Assert.Contains("opens in lower case", guess.Evidence, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void QuotesTheWordsAsTheParagraphWritesThem_When_AWordDecidedTheGuess()
    {
        var guess = Assert.Single(Classify(Model(), "Its Orbital committee reviewed the budget.").GuessedBodies);

        Assert.Equal("ITU-PP", guess.Body);
        Assert.Contains("\"Orbital\"", guess.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void GuessesNothing_When_TheProbabilityIsBelowTheThreshold()
    {
        var labels = Classify(Model(threshold: 0.9), "Its Orbital committee reviewed the budget.");

        Assert.Empty(labels.RequestingBodies);
        Assert.Empty(labels.GuessedBodies);
    }

    [Fact]
    public void GuessesNothing_When_NoFeatureSpeaksForABody()
    {
        var labels = Classify(Model(), "Farmers in the north now receive weather forecasts by text message.");

        Assert.Empty(labels.RequestingBodies);
        Assert.Empty(labels.GuessedBodies);
    }

    [Fact]
    public void KeepsTheIssuingBody_When_TheRequestGivesIt()
    {
        var labels = Classify(Model(), "Encourages Member States to publish their budgets as open data;", documentBody: "ECOSOC", kind: ParagraphKind.Operative);

        Assert.Equal(["ECOSOC"], labels.RequestingBodies);
        Assert.Empty(labels.GuessedBodies);
    }

    [Fact]
    public void AddsNoGuess_When_TheTextNamesABodyAndTheModelGuessesOnlyWhereNoneIsFound()
    {
        const string text = "Encourages Member States to implement General Assembly resolution 70/125;";

        Assert.Equal(["GA"], Classify(Model(), text).RequestingBodies);
        Assert.Empty(Classify(Model(), text).GuessedBodies);
    }

    [Fact]
    public void AddsTheGuessBesideTheBodiesFound_When_TheModelMayGuessBesideThem()
    {
        var labels = Classify(Model(onlyWhereNoneFound: false), "Its Orbital committee welcomed the Tunis Agenda.");

        Assert.Equal(["WSIS-SUMMIT", "ITU-PP"], labels.RequestingBodies);
        Assert.Equal("ITU-PP", Assert.Single(labels.GuessedBodies).Body);
    }

    [Fact]
    public void RefusesAModel_When_ItWasTrainedOnAnotherTaxonomy()
    {
        var error = Assert.Throws<ArgumentException>(() => new TaxonomyClassifier(Taxonomy, new ClassifierOptions(), bodyGuess: Model(taxonomyVersion: "1999.1")));

        Assert.Contains("run ./wsis train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAModel_When_ItHasNoNoGuessOutcome()
    {
        var broken = Model() with { Outcomes = [new("GA", 0, new Dictionary<string, double>())] };

        Assert.Throws<InvalidDataException>(() => new TaxonomyClassifier(Taxonomy, new ClassifierOptions(), bodyGuess: broken));
    }

    [Fact]
    public void ShipsAModelOfTheTaxonomysVersion_When_OneIsEmbedded()
    {
        var shipped = BodyGuessModelFile.LoadEmbedded();

        Assert.NotNull(shipped);
        Assert.Equal(Taxonomy.Version, shipped.TaxonomyVersion);
        Assert.Contains(shipped.Outcomes, o => o.Body == BodyGuessModelFile.NoGuess);
        Assert.All(shipped.Outcomes.Where(o => o.Body != BodyGuessModelFile.NoGuess), o => Assert.Contains(Taxonomy.Bodies, b => b.Id == o.Body));
    }
}
