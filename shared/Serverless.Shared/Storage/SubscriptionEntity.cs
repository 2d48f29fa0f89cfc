using Azure;
using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>A portal's webhook subscription: PartitionKey <c>subscription</c>, RowKey its id.</summary>
public sealed class SubscriptionEntity : ITableEntity
{
    public const string Partition = "subscription";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Url { get; set; } = "";

    /// <summary>The event types it wants, comma-separated.</summary>
    public string Events { get; set; } = "";

    /// <summary>The HMAC key of its signatures; shown once, when the subscription is made.</summary>
    public string Secret { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastDeliveredAt { get; set; }
    public DateTimeOffset? LastFailedAt { get; set; }
    public string? LastFailure { get; set; }

    public IReadOnlyList<string> EventTypes() => Events.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
