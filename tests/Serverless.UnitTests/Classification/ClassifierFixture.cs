using Serverless.Shared.Classification;
using Serverless.Shared.Classification.Model;

namespace Serverless.UnitTests.Classification;

/// <summary>One taxonomy and classifier for all classification tests: building them is the expensive part.</summary>
public static class ClassifierFixture
{
    public static Taxonomy Taxonomy { get; } = Taxonomy.LoadEmbedded();

    /// <summary>The lexicon alone: what the taxonomy's terms and rules decide, which most tests check.</summary>
    public static TaxonomyClassifier Classifier { get; } = new(Taxonomy);

    /// <summary>The classifier as it ships: the lexicon and the trained models embedded beside it (action lines, body guess).</summary>
    public static TaxonomyClassifier Shipped { get; } = new(Taxonomy, new ClassifierOptions(), ActionLineModelFile.LoadEmbedded(), bodyGuess: BodyGuessModelFile.LoadEmbedded());

    public static string[] Codes(ParagraphLabels labels) => labels.ActionLines.Select(a => a.Code).ToArray();
}
