using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>Maintains the query index: writes the rows of current labels and removes the rows of labels a paragraph lost.</summary>
public sealed class ParagraphIndexStore(StorageClients storage)
{
    private TableClient Table => storage.Table(StorageNames.ParagraphIndexTable);

    public Task WriteAsync(IEnumerable<ParagraphIndexEntity> rows, CancellationToken cancellationToken = default) =>
        TableBatches.SubmitAsync(Table, rows, TableTransactionActionType.UpsertReplace, cancellationToken);

    public async Task DeleteAsync(IEnumerable<(string PartitionKey, string RowKey)> keys, CancellationToken cancellationToken = default)
    {
        foreach (var (partitionKey, rowKey) in keys)
        {
            await Table.DeleteEntityAsync(partitionKey, rowKey, cancellationToken: cancellationToken);
        }
    }

    public async Task<IReadOnlyList<ParagraphIndexEntity>> QueryAsync(string partitionKey, CancellationToken cancellationToken = default)
    {
        var rows = new List<ParagraphIndexEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        await foreach (var row in Table.QueryAsync<ParagraphIndexEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>One partition's rows in RowKey (document, paragraph) order, after <paramref name="afterRowKey"/>.</summary>
    public async IAsyncEnumerable<ParagraphIndexEntity> QueryAfterAsync(
        string partitionKey, string? afterRowKey, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = afterRowKey is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey gt {afterRowKey}");
        await foreach (var row in Table.QueryAsync<ParagraphIndexEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            yield return row;
        }
    }
}
