using Serverless.Shared.Classification;
using Serverless.Evaluation;
using Serverless.Shared.Classification.Model;
using Serverless.Training;

namespace Serverless.UnitTests.Classification.Model;

public class BodyGuessTrainerTests
{
    private static readonly Taxonomy Taxonomy = ClassifierFixture.Taxonomy;

    /// <summary>
    /// Paragraphs that name no body: those that open "Instructs the Director of the Bureau" are labelled the
    /// Plenipotentiary Conference's (its operative voice), accounts of fieldwork are labelled with none.
    /// </summary>
    private static TrainingItem[] Items() =>
    [
        .. Enumerable.Range(1, 30).Select(i => Item($"pp-{i}", $"Instructs the Director of the Bureau to assist {i} administrations with their numbering plans.", "ITU-PP")),
        .. Enumerable.Range(1, 30).Select(i => Item($"field-{i}", $"The project trained {i} nurses in the northern districts last year.")),
    ];

    private static TrainingItem Item(string id, string text, params string[] bodies) =>
        new(new LabelledParagraph(id, text, "en", [], bodies), "written for the test", Written: true);

    private static BodyGuessModelFile Train()
    {
        var trainer = new BodyGuessTrainer(Taxonomy, new ClassifierOptions());
        return trainer.Train(trainer.Describe(Items()), BodyGuessSettings.Default with { Threshold = 0.5, OnlyWhereNoneFound = true }, "test");
    }

    [Fact]
    public void LearnsTheOrganBehindAnOpening_When_TrainedOnParagraphsThatDoNotNameIt()
    {
        var classifier = new TaxonomyClassifier(Taxonomy, new ClassifierOptions(), bodyGuess: Train());

        var guessed = classifier.Classify(new ClassificationRequest("Instructs the Director of the Bureau to help small island States."));
        var fieldwork = classifier.Classify(new ClassificationRequest("The project trained teachers in the southern districts."));

        Assert.Equal(["ITU-PP"], guessed.RequestingBodies);
        Assert.Contains("\"Instructs", Assert.Single(guessed.GuessedBodies).Evidence, StringComparison.Ordinal);
        Assert.Empty(fieldwork.RequestingBodies);
    }

    [Fact]
    public void WritesTheSameModel_When_TrainedTwiceOnTheSameParagraphs()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        Train().Save(first);
        Train().Save(second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void LeavesOutItemsNotLabelledForBodies_When_Describing()
    {
        var unlabelled = new TrainingItem(new LabelledParagraph("x", "Instructs the Director of the Bureau.", "en", [], RequestingBodies: null), "test");

        var examples = new BodyGuessTrainer(Taxonomy, new ClassifierOptions()).Describe([unlabelled, .. Items()]);

        Assert.Equal(Items().Length, examples.Count);
        Assert.Equal("ITU-PP", examples.First(e => e.Item.Paragraph.Id == "pp-1").Target);
        Assert.Equal(BodyGuessModelFile.NoGuess, examples.First(e => e.Item.Paragraph.Id == "field-1").Target);
    }
}
