using Azure;
using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>Reads and writes the year index (<see cref="YearIndexRow"/>): one row per (year, document).</summary>
public sealed class YearIndexStore(StorageClients storage)
{
    private TableClient Table => storage.Table(StorageNames.YearIndexTable);

    public async Task<YearIndexRow?> GetAsync(int year, string documentId, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(YearIndexRow.PartitionFor(year), documentId, cancellationToken: cancellationToken);
        return response.HasValue ? YearIndexRow.FromEntity(response.Value!) : null;
    }

    /// <summary>Writes (replaces) a document's row whatever it held: for a writer that knows every paragraph's labels.</summary>
    public Task WriteAsync(YearIndexRow row, CancellationToken cancellationToken = default) =>
        Table.UpsertEntityAsync(row.ToEntity(), TableUpdateMode.Replace, cancellationToken);

    /// <summary>
    /// Writes a row read before (replace if its ETag still holds) or a new one (add if there is still none); false when
    /// another writer changed the row meanwhile.
    /// </summary>
    public async Task<bool> TryWriteAsync(YearIndexRow row, CancellationToken cancellationToken = default)
    {
        try
        {
            if (row.ETag == default)
            {
                await Table.AddEntityAsync(row.ToEntity(), cancellationToken);
            }
            else
            {
                await Table.UpdateEntityAsync(row.ToEntity(), row.ETag, TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task DeleteAsync(int year, string documentId, CancellationToken cancellationToken = default)
    {
        try
        {
            await Table.DeleteEntityAsync(YearIndexRow.PartitionFor(year), documentId, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already gone: removing twice is harmless.
        }
    }

    /// <summary>The ids of the documents the year's rows index, without the rows' contents (one query a thousand).</summary>
    public async IAsyncEnumerable<string> ReadDocumentIdsAsync(int year, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {YearIndexRow.PartitionFor(year)}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            yield return entity.RowKey;
        }
    }

    /// <summary>The year's rows in document id order, from <paramref name="fromDocumentId"/> on (from the first when null).</summary>
    public async IAsyncEnumerable<YearIndexRow> ReadFromAsync(
        int year, string? fromDocumentId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var partition = YearIndexRow.PartitionFor(year);
        var filter = fromDocumentId is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {fromDocumentId}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            yield return YearIndexRow.FromEntity(entity);
        }
    }
}
