using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>
/// Documents by text fingerprint: PartitionKey = fingerprint, RowKey = document id, with when it was received. One
/// partition holds the renditions of one contribution (its DOCX, PDF, HTML...), read in one partition scan.
/// </summary>
public sealed class RenditionStore(StorageClients storage)
{
    private TableClient Table => storage.Table(StorageNames.RenditionsTable);

    public Task AddAsync(string fingerprint, string documentId, DateTimeOffset receivedAt, CancellationToken cancellationToken = default) =>
        Table.UpsertEntityAsync(new TableEntity(fingerprint, documentId) { ["ReceivedAt"] = receivedAt }, TableUpdateMode.Replace, cancellationToken);

    /// <summary>The documents with this fingerprint, first received first (ties by id).</summary>
    public async Task<IReadOnlyList<string>> ListAsync(string fingerprint, CancellationToken cancellationToken = default)
    {
        var rows = new List<(string Id, DateTimeOffset ReceivedAt)>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {fingerprint}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add((row.RowKey, row.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MaxValue));
        }

        return rows.OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Id).ToArray();
    }
}
