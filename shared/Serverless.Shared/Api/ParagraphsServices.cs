using Serverless.Shared.Classification;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>What the paragraph queries need (<see cref="ParagraphsApi"/>): the year index, the paragraphs it points at, the taxonomy.</summary>
public sealed class ParagraphsServices(DocumentStore documents, ParagraphStore paragraphs, YearIndexStore index, Taxonomy taxonomy)
{
    public DocumentStore Documents { get; } = documents;
    public ParagraphStore Paragraphs { get; } = paragraphs;
    public YearIndexStore Index { get; } = index;
    public Taxonomy Taxonomy { get; } = taxonomy;
}
