using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Shared.Classification;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>A link to ingest: the document's address, and optionally its year, contributing entity and file name.</summary>
public sealed record DocumentLinkRequest(string? Url, int? Year, string? Entity, string? Name, string? Replaces = null);

/// <summary>The answer to an upload: the document's id, its status and where to follow it.</summary>
public sealed record UploadAccepted(string Id, string Status, string StatusUrl, string BlobName, bool AlreadyKnown)
{
    public static Accepted<UploadAccepted> From(IntakeReceipt receipt)
    {
        var statusUrl = $"/api/documents/{receipt.Id}";
        return TypedResults.Accepted(statusUrl, new UploadAccepted(receipt.Id, receipt.Status.ToString(), statusUrl, receipt.BlobName, receipt.AlreadyKnown));
    }
}

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
    ActionLineLabel? NearMiss,
    IReadOnlyList<string> Footnotes,
    bool Classified,
    IReadOnlyList<ExtractedRequest> Requests,
    ParagraphReview? Review)
{
    public static ParagraphView From(ParagraphEntity row) => new(
        row.PartitionKey,
        row.Index,
        row.Number,
        row.Kind,
        row.Section,
        row.Page,
        row.Text,
        row.EffectiveActionLines,
        row.EffectiveRequestingBodies,
        ParagraphEntity.SplitList(row.Addressees),
        row.GetActionLineLabels(),
        row.GetNearMiss(),
        row.Footnotes is null ? [] : JsonSerializer.Deserialize<string[]>(row.Footnotes) ?? [],
        row.ClassifiedAt is not null,
        row.GetRequests(),
        row.IsReviewed
            ? new ParagraphReview(row.ReviewedBy ?? "", row.ReviewedAt!.Value, row.ReviewNote,
                ParagraphEntity.SplitList(row.ActionLines), ParagraphEntity.SplitList(row.RequestingBodies))
            : null);
}

/// <summary>A reviewer's correction, with the classifier's labels it replaced.</summary>
public sealed record ParagraphReview(
    string Reviewer,
    DateTimeOffset ReviewedAt,
    string? Note,
    IReadOnlyList<string> ClassifierActionLines,
    IReadOnlyList<string> ClassifierRequestingBodies);

/// <summary>The body of <c>PUT .../labels</c>.</summary>
public sealed record LabelCorrectionRequest(string[]? ActionLines, string[]? RequestingBodies, string? Reviewer, string? Note);

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
    /// <summary>A hit from a paragraph row, with the document's entity.</summary>
    public static ParagraphHit From(ParagraphEntity row, string? entity) => new(
        row.PartitionKey,
        row.Index,
        row.Number,
        entity,
        row.Text,
        row.EffectiveActionLines,
        row.EffectiveRequestingBodies);
}

public sealed record HealthReport(string Status, string Storage, string TaxonomyVersion)
{
    /// <summary>
    /// Messages waiting in each queue (approximate, as storage reports them). Work queues show the backlog; a poison
    /// queue that is not empty holds work that failed on every attempt and needs a person.
    /// </summary>
    public IReadOnlyDictionary<string, int> Queues { get; init; } = new Dictionary<string, int>();
}

public sealed record CompileAccepted(int Year, string SummaryUrl);

/// <param name="ProgressUrl">The documents still being classified again; empty when it is done.</param>
public sealed record ReclassifyAccepted(int? Year, string ProgressUrl);

/// <summary>A portal's request to be notified: where to post, and which events (all when omitted).</summary>
public sealed record SubscriptionRequest(string? Url, string[]? Events);

/// <summary>A new subscription, with the secret its posts are signed with (<c>X-Wsis-Signature</c>); shown only here.</summary>
public sealed record SubscriptionCreated(string Id, string Url, IReadOnlyList<string> Events, string Secret);

/// <summary>A subscription as listed: where it posts, what it wants, how its deliveries went.</summary>
public sealed record SubscriptionView(
    string Id, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedAt, DateTimeOffset? LastDeliveredAt, DateTimeOffset? LastFailedAt, string? LastFailure);
