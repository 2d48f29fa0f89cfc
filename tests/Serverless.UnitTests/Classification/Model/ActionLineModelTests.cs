using System.Text;
using Serverless.Shared.Classification;
using Serverless.Shared.Classification.Model;

namespace Serverless.UnitTests.Classification.Model;

public class ActionLineModelTests
{
    private static readonly Taxonomy Taxonomy = ClassifierFixture.Taxonomy;

    /// <summary>A model small enough to read: "orbital" speaks for C2, "farmer" for e-agriculture and for C7 itself.</summary>
    private static ActionLineModelFile Model(string? taxonomyVersion = null) => new()
    {
        TaxonomyVersion = taxonomyVersion ?? Taxonomy.Version,
        TrainedOn = "written for the test",
        Threshold = 0.5,
        Words = ["farmer", "orbital"],
        LineFeatureWeights = new Dictionary<string, double> { ["lexicon"] = 1 },
        SharedWordWeights = new Dictionary<string, double>(),
        Lines =
        [
            new("C2", -4, new Dictionary<string, double> { ["word:orbital"] = 12 }),
            new("C7", -4, new Dictionary<string, double> { ["word:farmer"] = 10 }),
            new("C7.8", -4, new Dictionary<string, double> { ["word:farmer"] = 12 }),
        ],
    };

    private static ParagraphLabels Classify(string text) =>
        new TaxonomyClassifier(Taxonomy, new ClassifierOptions(), Model()).Classify(new ClassificationRequest(text, "en"));

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
    public void ReadsBackWhatItWrote_When_SavedAsJson()
    {
        using var stream = new MemoryStream();
        Model().Save(stream);

        var again = ActionLineModelFile.Load(new MemoryStream(stream.ToArray()));

        Assert.Equal(["farmer", "orbital"], again.Words);
        Assert.Equal(12, again.Lines.Single(l => l.Code == "C2").WordWeights["word:orbital"]);
        Assert.Contains("\"taxonomyVersion\"", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }
}
