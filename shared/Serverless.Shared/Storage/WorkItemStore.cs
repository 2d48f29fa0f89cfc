using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>
/// Records which classification work items of a document are finished: one row per item
/// (PartitionKey = document id, RowKey = item number), so a replayed item is counted once.
/// </summary>
public sealed class WorkItemStore(StorageClients storage)
{
    private TableClient Table => storage.Table(StorageNames.WorkItemsTable);

    public Task MarkDoneAsync(string documentId, int item, int labelledParagraphs, CancellationToken cancellationToken = default) =>
        Table.UpsertEntityAsync(
            new TableEntity(documentId, item.ToString("D6")) { ["LabelledParagraphs"] = labelledParagraphs },
            TableUpdateMode.Replace,
            cancellationToken);

    /// <summary>How many items are done, and how many paragraphs they labelled.</summary>
    public async Task<(int Items, int LabelledParagraphs)> CountDoneAsync(string documentId, CancellationToken cancellationToken = default)
    {
        int items = 0, labelled = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {documentId}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["LabelledParagraphs"], cancellationToken: cancellationToken))
        {
            items++;
            labelled += row.GetInt32("LabelledParagraphs") ?? 0;
        }

        return (items, labelled);
    }

    /// <summary>The numbers of the items that are done.</summary>
    public async Task<IReadOnlySet<int>> DoneItemsAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var done = new HashSet<int>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {documentId}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            done.Add(int.Parse(row.RowKey, System.Globalization.CultureInfo.InvariantCulture));
        }

        return done;
    }

    /// <summary>Forgets the finished items of a document, before its paragraphs are classified again.</summary>
    public async Task ResetAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {documentId}");
        var keys = new List<ITableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add(row);
        }

        await TableBatches.SubmitAsync(Table, keys, TableTransactionActionType.Delete, cancellationToken);
    }
}
