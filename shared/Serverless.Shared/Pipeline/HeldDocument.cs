using Azure;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// The columns of a document's row that classifying its paragraphs reads, as intake wrote them, with the ETag of that
/// write: carried in the work item so the classify step reads no row. A few hundred bytes. The step writes its progress
/// conditional on that ETag, so a row changed meanwhile (a reviewer's first correction, a failure, a redrive) is read
/// then, and the work redone when what it was done from has changed.
/// </summary>
public sealed record HeldDocument(
    string ETag,
    string? Language,
    string? IssuingBody,
    string? Symbol,
    int? Year,
    string? Entity,
    int ParagraphCount,
    int WorkItemCount,
    bool HasCorrections,
    string? Replaces = null)
{
    public static HeldDocument From(DocumentEntity row) => new(
        row.ETag.ToString(), row.Language, row.IssuingBody, row.Symbol, row.Year, row.Entity, row.ParagraphCount, row.WorkItemCount, row.HasCorrections, row.Replaces);

    /// <summary>The row as intake left it: <c>Classifying</c>, no work item done.</summary>
    public DocumentEntity ToEntity(string documentId) => new()
    {
        PartitionKey = documentId,
        ETag = new ETag(ETag),
        StatusValue = DocumentStatus.Classifying,
        Language = Language,
        IssuingBody = IssuingBody,
        Symbol = Symbol,
        Year = Year,
        Entity = Entity,
        ParagraphCount = ParagraphCount,
        WorkItemCount = WorkItemCount,
        HasCorrections = HasCorrections,
        Replaces = Replaces,
    };

    /// <summary>True when <paramref name="row"/> still says what the work was done from.</summary>
    public bool Matches(DocumentEntity row) =>
        row.Language == Language && row.IssuingBody == IssuingBody && row.Symbol == Symbol && row.Year == Year &&
        row.Entity == Entity && row.ParagraphCount == ParagraphCount && row.WorkItemCount == WorkItemCount &&
        row.HasCorrections == HasCorrections;
}
