using System.Text.Json;
using Azure.Data.Tables;
using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>Converts between paragraphs and labels and their stored form.</summary>
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

    /// <summary>The whole row as it is once the classifier's labels are set; a reviewer's labels, if any, stay.</summary>
    public static ParagraphEntity WithLabels(ParagraphEntity row, ParagraphLabels labels, DateTimeOffset classifiedAt)
    {
        var labelled = row.Copy();
        labelled.ActionLines = string.Join(',', labels.ActionLines.Select(a => a.Code));
        labelled.ActionLineEvidence = JsonSerializer.Serialize(labels.ActionLines, ApiJson.Options);
        labelled.NearMiss = labels.NearMiss is null ? null : JsonSerializer.Serialize(labels.NearMiss, ApiJson.Options);
        labelled.RequestingBodies = string.Join(',', labels.RequestingBodies);
        labelled.Addressees = string.Join(',', labels.Addressees);
        labelled.LabelledKind = labels.Kind.ToName();
        labelled.Requests = labels.Requests.Count == 0 ? null : JsonSerializer.Serialize(labels.Requests, ApiJson.Options);
        labelled.ClassifiedAt = classifiedAt;
        return labelled;
    }

    public static ClassificationRequest ToRequest(ParagraphEntity row, DocumentEntity document) => new(
        row.Text,
        document.Language,
        row.Section,
        ParagraphKindNames.TryParse(row.Kind, out var kind) ? kind : null,
        document.IssuingBody,
        row.Number,
        document.Symbol);
}
