using Serverless.Shared.Classification;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>What reviewers' routes need (<see cref="ReviewsApi"/>): corrections, their export, and the closest calls to check.</summary>
public sealed class ReviewsServices(DocumentStore documents, ParagraphStore paragraphs, ParagraphReviewer reviewer, Taxonomy taxonomy, ClassifierOptions classifierOptions)
{
    public DocumentStore Documents { get; } = documents;
    public ParagraphStore Paragraphs { get; } = paragraphs;
    public ParagraphReviewer Reviewer { get; } = reviewer;
    public Taxonomy Taxonomy { get; } = taxonomy;
    public ClassifierOptions Classifier { get; } = classifierOptions;
}
