using Serverless.Shared.Classification;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>What the paragraph queries need (<see cref="ParagraphsApi"/>): the index partitions, the rows they point at, the taxonomy.</summary>
public sealed class ParagraphsServices(DocumentStore documents, ParagraphStore paragraphs, ParagraphIndexStore index, Taxonomy taxonomy)
{
    public DocumentStore Documents { get; } = documents;
    public ParagraphStore Paragraphs { get; } = paragraphs;
    public ParagraphIndexStore Index { get; } = index;
    public Taxonomy Taxonomy { get; } = taxonomy;
}
