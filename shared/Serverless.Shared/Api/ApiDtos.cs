using System.Text.Json;
using Serverless.Shared.Classification;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>The answer to an upload: the document's id, its status and where to follow it.</summary>
public sealed record UploadAccepted(string Id, string Status, string StatusUrl, string BlobName, bool AlreadyKnown);

/// <summary>A paragraph with its labels and the evidence for each action line.</summary>
public sealed record ParagraphView(
    string DocumentId,
    int Index,
    string? Number,
    string Kind,
    string? Section,
    int? Page,
    string Text,
    IReadOnlyList<string> ActionLines,
    IReadOnlyList<string> RequestingBodies,
    IReadOnlyList<string> Addressees,
    IReadOnlyList<ActionLineLabel> Evidence,
    IReadOnlyList<string> Footnotes,
    bool Classified)
{
    public static ParagraphView From(ParagraphEntity row) => new(
        row.PartitionKey,
        row.Index,
        row.Number,
        row.Kind,
        row.Section,
        row.Page,
        row.Text,
        ParagraphEntity.SplitList(row.ActionLines),
        ParagraphEntity.SplitList(row.RequestingBodies),
        ParagraphEntity.SplitList(row.Addressees),
        row.ActionLineEvidence is null ? [] : JsonSerializer.Deserialize<ActionLineLabel[]>(row.ActionLineEvidence, ApiJson.Options) ?? [],
        row.Footnotes is null ? [] : JsonSerializer.Deserialize<string[]>(row.Footnotes) ?? [],
        row.ClassifiedAt is not null);
}

/// <summary>A hit of a paragraph query: enough to list it and link to its document.</summary>
public sealed record ParagraphHit(
    string DocumentId,
    int Index,
    string? Number,
    string? Entity,
    string Text,
    IReadOnlyList<string> ActionLines,
    IReadOnlyList<string> RequestingBodies)
{
    public static ParagraphHit From(ParagraphIndexEntity row) => new(
        row.DocumentId,
        row.Index,
        row.Number,
        row.Entity,
        row.Text,
        ParagraphEntity.SplitList(row.ActionLines),
        ParagraphEntity.SplitList(row.RequestingBodies));
}

public sealed record HealthReport(string Status, string Storage, string TaxonomyVersion);

public sealed record CompileAccepted(int Year, string SummaryUrl);
