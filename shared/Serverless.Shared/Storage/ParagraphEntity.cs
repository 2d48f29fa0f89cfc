using System.Runtime.Serialization;
using System.Text.Json;
using Azure;
using Serverless.Shared.Classification;
using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>
/// One paragraph and, once classified, its labels and any reviewer's correction, as <see cref="ParagraphStore"/> merges
/// them from the document's paragraphs blob, its labels blob and its corrections. PartitionKey = document id, RowKey =
/// zero-padded index (the corrections' keys, and the order paragraphs are listed in).
/// </summary>
public sealed class ParagraphEntity : ITableEntity
{
    /// <summary>The longest paragraph kept whole (longer ones are split at ingest): 32K UTF-16 characters, what a table string holds.</summary>
    public const int MaxTextLength = 32_000;

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Index { get; set; }
    public string Text { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Number { get; set; }
    public string? Section { get; set; }
    public int? Page { get; set; }

    /// <summary>JSON array of the footnote texts the paragraph calls.</summary>
    public string? Footnotes { get; set; }

    /// <summary>Action line codes, primary first, comma-separated; null until classified.</summary>
    public string? ActionLines { get; set; }

    /// <summary>JSON: the score and evidence of each action line.</summary>
    public string? ActionLineEvidence { get; set; }

    /// <summary>JSON of the <see cref="Classification.ParagraphLabels.NearMiss"/> of a paragraph without a label; null or empty otherwise.</summary>
    public string? NearMiss { get; set; }
    public string? RequestingBodies { get; set; }
    public string? Addressees { get; set; }
    public string? LabelledKind { get; set; }

    /// <summary>JSON array of the requests the paragraph makes (who asks whom to do what, by when); null or empty when none.</summary>
    public string? Requests { get; set; }
    public DateTimeOffset? ClassifiedAt { get; set; }

    /// <summary>A reviewer's action lines, primary first; when set they replace the classifier's everywhere.</summary>
    public string? ReviewedActionLines { get; set; }

    /// <summary>
    /// A reviewer's requesting bodies (empty: none); null when the review left bodies to the classifier, so that a
    /// review of the lines alone is never read as agreeing with the classifier's bodies.
    /// </summary>
    public string? ReviewedRequestingBodies { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewNote { get; set; }

    [IgnoreDataMember]
    public bool IsReviewed => ReviewedAt is not null;

    /// <summary>The action lines that count: the reviewer's when there is a review, else the classifier's.</summary>
    [IgnoreDataMember]
    public IReadOnlyList<string> EffectiveActionLines => SplitList(IsReviewed ? ReviewedActionLines : ActionLines);

    [IgnoreDataMember]
    public bool AreBodiesReviewed => IsReviewed && ReviewedRequestingBodies is not null;

    [IgnoreDataMember]
    public IReadOnlyList<string> EffectiveRequestingBodies => SplitList(AreBodiesReviewed ? ReviewedRequestingBodies : RequestingBodies);

    /// <summary>The classifier's action lines with their scores and evidence, primary first; empty when none.</summary>
    public IReadOnlyList<ActionLineLabel> GetActionLineLabels() =>
        string.IsNullOrEmpty(ActionLineEvidence) ? [] : JsonSerializer.Deserialize<ActionLineLabel[]>(ActionLineEvidence, ApiJson.Options) ?? [];

    public ActionLineLabel? GetNearMiss() =>
        string.IsNullOrEmpty(NearMiss) ? null : JsonSerializer.Deserialize<ActionLineLabel>(NearMiss, ApiJson.Options);

    public IReadOnlyList<ExtractedRequest> GetRequests() =>
        string.IsNullOrEmpty(Requests) ? [] : JsonSerializer.Deserialize<ExtractedRequest[]>(Requests, ApiJson.Options) ?? [];

    public ParagraphEntity Copy() => (ParagraphEntity)MemberwiseClone();

    public static string RowKeyFor(int index) => index.ToString("D6");

    public static IReadOnlyList<string> SplitList(string? list) =>
        string.IsNullOrEmpty(list) ? [] : list.Split(',');
}
