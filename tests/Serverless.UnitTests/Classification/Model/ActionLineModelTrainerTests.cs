using Serverless.Evaluation;
using Serverless.Shared.Classification;
using Serverless.Training;

namespace Serverless.UnitTests.Classification.Model;

public class ActionLineModelTrainerTests
{
    private static readonly Taxonomy Taxonomy = ClassifierFixture.Taxonomy;

    /// <summary>
    /// Paragraphs where words the taxonomy does not know decide the line: "orbital relay" means C2, and meeting
    /// business means no line.
    /// </summary>
    private static TrainingItem[] Items() =>
    [
        .. Enumerable.Range(1, 30).Select(i => Item($"orbital-{i}", $"The orbital relay network was extended to {i} more districts.", "C2")),
        .. Enumerable.Range(1, 30).Select(i => Item($"meeting-{i}", $"The committee met on {i} occasions and adopted its agenda.")),
    ];

    private static TrainingItem Item(string id, string text, params string[] lines) =>
        new(new LabelledParagraph(id, text, "en", lines, RequestingBodies: null), "written for the test");

    [Fact]
    public void LearnsWhichWordsSpeakForALine_When_TrainedOnLabelledParagraphs()
    {
        var model = new ActionLineModelTrainer(Taxonomy, new ClassifierOptions())
            .Train(Items(), new TrainingSettings(L1: 0, L2: 0.3, Threshold: 0.5, MinWordCount: 2), "test");
        var classifier = new TaxonomyClassifier(Taxonomy, new ClassifierOptions(), model);

        Assert.Equal("C2", classifier.Classify(new ClassificationRequest("A new orbital relay serves the islands.", "en")).PrimaryActionLine);
        Assert.Empty(classifier.Classify(new ClassificationRequest("The committee adopted its agenda.", "en")).ActionLines);
        Assert.Equal(Taxonomy.Version, model.TaxonomyVersion);
        Assert.True(model.Lines.Single(l => l.Code == "C2").WordWeights["word:orbital"] > 0);
    }

    [Fact]
    public void GivesAParagraphsLinesMoreProbability_When_TheirPairsWeighMore()
    {
        // A paragraph with none of the learnt words: only the line's bias speaks, and weighing the paragraphs' own
        // lines four times moves it towards giving the line.
        var settings = new TrainingSettings(L1: 0, L2: 0.3, Threshold: 0.001, MinWordCount: 2);
        double C2(TrainingSettings s) =>
            new TaxonomyClassifier(Taxonomy, new ClassifierOptions(), new ActionLineModelTrainer(Taxonomy, new ClassifierOptions()).Train(Items(), s, "test"))
                .Classify(new ClassificationRequest("Nothing new happened there.", "en")).ActionLines.SingleOrDefault(l => l.Code == "C2")?.Score ?? 0;

        Assert.True(C2(settings with { PositiveWeight = 4 }) > C2(settings));
    }
}
