using Azure;
using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>
/// An index row for portal queries. PartitionKey = <c>{year}-actionline-{code}</c> or <c>{year}-body-{id}</c>,
/// RowKey = <c>{document id}-{paragraph index}</c>: one partition scan answers "paragraphs of 2025 on C2".
/// It carries what a result list shows, so no second read is needed.
/// </summary>
public sealed class ParagraphIndexEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string DocumentId { get; set; } = "";
    public int Index { get; set; }
    public string? Number { get; set; }
    public string? Entity { get; set; }
    public string Text { get; set; } = "";
    public string? ActionLines { get; set; }
    public string? RequestingBodies { get; set; }

    public static string ActionLinePartition(int year, string code) => $"{year}-actionline-{code}";

    public static string BodyPartition(int year, string body) => $"{year}-body-{body}";

    public static string RowKeyFor(string documentId, int index) => $"{documentId}-{ParagraphEntity.RowKeyFor(index)}";
}
