using Azure;
using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>
/// The documents still in flight: one row per document from the moment intake claims it (or a re-classification
/// restarts it) until it is final and its event queued, in one partition of the work-items table. The reconciliation
/// reads this partition, whose size is the work in flight, instead of filtering the documents table, whose size is
/// everything ever stored. A row left behind costs one look; a document without one is final.
/// </summary>
public sealed class InFlightStore(StorageClients storage)
{
    public const string Partition = "inflight";

    private TableClient Table => storage.Table(StorageNames.WorkItemsTable);

    public Task AddAsync(string documentId, CancellationToken cancellationToken = default) =>
        Table.UpsertEntityAsync(new TableEntity(Partition, documentId), TableUpdateMode.Replace, cancellationToken);

    public async Task RemoveAsync(string documentId, CancellationToken cancellationToken = default)
    {
        try
        {
            await Table.DeleteEntityAsync(Partition, documentId, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already gone: removing twice is harmless.
        }
    }

    public async Task<bool> ContainsAsync(string documentId, CancellationToken cancellationToken = default) =>
        (await Table.GetEntityIfExistsAsync<TableEntity>(Partition, documentId, select: ["RowKey"], cancellationToken: cancellationToken)).HasValue;

    /// <summary>The documents in flight since before <paramref name="before"/>: one partition, as large as the work in flight.</summary>
    public async Task<IReadOnlyList<string>> ListSinceBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var ids = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Timestamp lt {before}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            ids.Add(row.RowKey);
        }

        return ids;
    }
}
