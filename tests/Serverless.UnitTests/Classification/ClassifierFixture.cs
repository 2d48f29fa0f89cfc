using Serverless.Shared.Classification;

namespace Serverless.UnitTests.Classification;

/// <summary>One taxonomy and classifier for all classification tests: building them is the expensive part.</summary>
public static class ClassifierFixture
{
    public static Taxonomy Taxonomy { get; } = Taxonomy.LoadEmbedded();

    public static TaxonomyClassifier Classifier { get; } = new(Taxonomy);

    public static string[] Codes(ParagraphLabels labels) => labels.ActionLines.Select(a => a.Code).ToArray();
}
