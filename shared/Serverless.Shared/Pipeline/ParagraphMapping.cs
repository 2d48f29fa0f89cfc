using System.Text.Json;
using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>Converts between paragraphs and labels and their table rows.</summary>
public static class ParagraphMapping
{
    public static ParagraphEntity ToEntity(string documentId, Paragraph paragraph) => new()
    {
        PartitionKey = documentId,
        RowKey = ParagraphEntity.RowKeyFor(paragraph.Index),
        Index = paragraph.Index,
        Text = paragraph.Text.Length > ParagraphEntity.MaxTextLength ? paragraph.Text[..ParagraphEntity.MaxTextLength] : paragraph.Text,
        Kind = paragraph.Kind.ToName(),
        Number = paragraph.Number,
        Section = paragraph.Section,
        Page = paragraph.Page,
        Footnotes = paragraph.Footnotes is { Count: > 0 } notes ? JsonSerializer.Serialize(notes) : null,
    };

    /// <summary>The label columns only, for a merge into the existing row.</summary>
    public static ParagraphEntity ToLabelColumns(ParagraphEntity row, ParagraphLabels labels, DateTimeOffset classifiedAt) => new()
    {
        PartitionKey = row.PartitionKey,
        RowKey = row.RowKey,
        Index = row.Index,
        Text = row.Text,
        Kind = row.Kind,
        ActionLines = string.Join(',', labels.ActionLines.Select(a => a.Code)),
        ActionLineEvidence = JsonSerializer.Serialize(labels.ActionLines, ApiJson.Options),
        RequestingBodies = string.Join(',', labels.RequestingBodies),
        Addressees = string.Join(',', labels.Addressees),
        LabelledKind = labels.Kind.ToName(),
        ClassifiedAt = classifiedAt,
    };

    public static ClassificationRequest ToRequest(ParagraphEntity row, DocumentEntity document) => new(
        row.Text,
        document.Language,
        row.Section,
        ParagraphKindNames.TryParse(row.Kind, out var kind) ? kind : null,
        document.IssuingBody);
}
