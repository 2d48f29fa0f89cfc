using Azure;
using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>
/// Webhook subscriptions, and one delivery marker per event and subscription (PartitionKey event id, RowKey
/// subscription id), so an event delivered again after a retry reaches only the portals that did not get it.
/// </summary>
public sealed class SubscriptionStore(StorageClients storage)
{
    private const string DeliveredAtColumn = "DeliveredAt";
    private const string ClaimedUntilColumn = "ClaimedUntil";

    private TableClient Subscriptions => storage.Table(StorageNames.SubscriptionsTable);
    private TableClient Deliveries => storage.Table(StorageNames.DeliveriesTable);

    public Task AddAsync(SubscriptionEntity subscription, CancellationToken cancellationToken = default) =>
        Subscriptions.AddEntityAsync(subscription, cancellationToken);

    public async Task<IReadOnlyList<SubscriptionEntity>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = new List<SubscriptionEntity>();
        await foreach (var row in Subscriptions.QueryAsync<SubscriptionEntity>(s => s.PartitionKey == SubscriptionEntity.Partition, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <returns>False when there was no such subscription.</returns>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        // The SDK treats deleting a missing entity as success, so look first to tell the caller.
        if (!(await Subscriptions.GetEntityIfExistsAsync<TableEntity>(SubscriptionEntity.Partition, id, ["PartitionKey"], cancellationToken)).HasValue)
        {
            return false;
        }

        await Subscriptions.DeleteEntityAsync(SubscriptionEntity.Partition, id, ETag.All, cancellationToken);
        return true;
    }

    public async Task<bool> WasDeliveredAsync(string eventId, string subscriptionId, CancellationToken cancellationToken = default)
    {
        var row = await Deliveries.GetEntityIfExistsAsync<TableEntity>(eventId, subscriptionId, [DeliveredAtColumn], cancellationToken);
        return row.HasValue && row.Value!.ContainsKey(DeliveredAtColumn) && row.Value[DeliveredAtColumn] is not null;
    }

    /// <summary>
    /// Claims the right to post <paramref name="eventId"/> to one subscription until <paramref name="until"/>, so two
    /// copies of the same event handled at once post it once: the first to add (or take over an expired) marker row
    /// wins; the other leaves that portal to it. False when the event was delivered already or another claim holds.
    /// </summary>
    public async Task<bool> TryClaimDeliveryAsync(string eventId, string subscriptionId, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        try
        {
            await Deliveries.AddEntityAsync(new TableEntity(eventId, subscriptionId) { [ClaimedUntilColumn] = until }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // A marker exists: delivered, being delivered, or a claim whose holder failed or stopped.
        }

        var existing = await Deliveries.GetEntityIfExistsAsync<TableEntity>(eventId, subscriptionId, cancellationToken: cancellationToken);
        if (!existing.HasValue)
        {
            return false;
        }

        var row = existing.Value!;
        if (row.GetDateTimeOffset(DeliveredAtColumn) is not null || row.GetDateTimeOffset(ClaimedUntilColumn) > now)
        {
            return false;
        }

        try
        {
            await Deliveries.UpdateEntityAsync(new TableEntity(eventId, subscriptionId) { [ClaimedUntilColumn] = until }, row.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>Gives a claim up after a failed post, so the next attempt (this copy's retry or another) may claim at once.</summary>
    public Task ReleaseClaimAsync(string eventId, string subscriptionId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Deliveries.UpsertEntityAsync(new TableEntity(eventId, subscriptionId) { [ClaimedUntilColumn] = now }, TableUpdateMode.Replace, cancellationToken);

    public async Task RecordDeliveredAsync(string eventId, SubscriptionEntity subscription, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await Deliveries.UpsertEntityAsync(new TableEntity(eventId, subscription.RowKey) { [DeliveredAtColumn] = at }, TableUpdateMode.Replace, cancellationToken);
        await UpdateAsync(new TableEntity(SubscriptionEntity.Partition, subscription.RowKey) { [nameof(SubscriptionEntity.LastDeliveredAt)] = at }, cancellationToken);
    }

    public Task RecordFailureAsync(string subscriptionId, string reason, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        UpdateAsync(new TableEntity(SubscriptionEntity.Partition, subscriptionId)
        {
            [nameof(SubscriptionEntity.LastFailedAt)] = at,
            [nameof(SubscriptionEntity.LastFailure)] = reason,
        }, cancellationToken);

    private async Task UpdateAsync(TableEntity columns, CancellationToken cancellationToken)
    {
        try
        {
            await Subscriptions.UpdateEntityAsync(columns, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Unsubscribed meanwhile: nothing to record.
        }
    }
}
