using Azure;
using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>
/// Webhook subscriptions, and one delivery marker per event and subscription (PartitionKey event id, RowKey
/// subscription id), so an event delivered again after a retry reaches only the portals that did not get it.
/// </summary>
public sealed class SubscriptionStore(StorageClients storage)
{
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

    public async Task<bool> WasDeliveredAsync(string eventId, string subscriptionId, CancellationToken cancellationToken = default) =>
        (await Deliveries.GetEntityIfExistsAsync<TableEntity>(eventId, subscriptionId, ["PartitionKey"], cancellationToken)).HasValue;

    public async Task RecordDeliveredAsync(string eventId, SubscriptionEntity subscription, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await Deliveries.UpsertEntityAsync(new TableEntity(eventId, subscription.RowKey) { ["DeliveredAt"] = at }, TableUpdateMode.Replace, cancellationToken);
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
