using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>Stores a document's paragraphs in entity-group batches and reads them back by range.</summary>
public sealed class ParagraphStore(StorageClients storage)
{
    private TableClient Table => storage.Table(StorageNames.ParagraphsTable);

    /// <summary>Writes (replaces) paragraph rows; the same input always gives the same rows.</summary>
    public Task WriteAsync(IEnumerable<ParagraphEntity> paragraphs, CancellationToken cancellationToken = default) =>
        TableBatches.SubmitAsync(Table, paragraphs, TableTransactionActionType.UpsertReplace, cancellationToken);

    /// <summary>Merges the given columns into existing rows; other columns keep their values.</summary>
    public Task MergeAsync(IEnumerable<ITableEntity> paragraphs, CancellationToken cancellationToken = default) =>
        TableBatches.SubmitAsync(Table, paragraphs, TableTransactionActionType.UpsertMerge, cancellationToken);

    public async Task<IReadOnlyList<ParagraphEntity>> ReadRangeAsync(
        string documentId, int first, int count, CancellationToken cancellationToken = default)
    {
        var from = ParagraphEntity.RowKeyFor(first);
        var to = ParagraphEntity.RowKeyFor(first + count);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {documentId} and RowKey ge {from} and RowKey lt {to}");
        return await QueryAsync(filter, cancellationToken);
    }

    public async Task<ParagraphEntity?> GetAsync(string documentId, int index, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<ParagraphEntity>(documentId, ParagraphEntity.RowKeyFor(index), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Replaces a row if nobody changed it since it was read; false on a conflict.</summary>
    public async Task<bool> TryReplaceAsync(ParagraphEntity paragraph, CancellationToken cancellationToken = default)
    {
        try
        {
            await Table.UpdateEntityAsync(paragraph, paragraph.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<ParagraphEntity>> ReadAllAsync(string documentId, CancellationToken cancellationToken = default) =>
        await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {documentId}"), cancellationToken);

    /// <summary>A document's paragraphs in order, after the one at <paramref name="afterIndex"/> (from the first when null).</summary>
    public async IAsyncEnumerable<ParagraphEntity> ReadAfterAsync(
        string documentId, int? afterIndex, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = afterIndex is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {documentId}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {documentId} and RowKey gt {ParagraphEntity.RowKeyFor(afterIndex.Value)}");
        await foreach (var row in Table.QueryAsync<ParagraphEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            yield return row;
        }
    }

    private async Task<List<ParagraphEntity>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var rows = new List<ParagraphEntity>();
        await foreach (var row in Table.QueryAsync<ParagraphEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
