namespace Serverless.Shared.Classification;

/// <summary>Labels one paragraph. Implementations are stateless and thread-safe.</summary>
public interface IParagraphClassifier
{
    ParagraphLabels Classify(ClassificationRequest request);
}
