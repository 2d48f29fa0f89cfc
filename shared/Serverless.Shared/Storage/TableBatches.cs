using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>Writes entities in entity-group transactions: at most 100 per batch, one partition per batch.</summary>
public static class TableBatches
{
    public const int MaxBatchSize = 100;

    public static async Task SubmitAsync(
        TableClient table,
        IEnumerable<ITableEntity> entities,
        TableTransactionActionType action,
        CancellationToken cancellationToken = default)
    {
        foreach (var partition in entities.GroupBy(e => e.PartitionKey))
        {
            foreach (var chunk in partition.Chunk(MaxBatchSize))
            {
                var actions = chunk.Select(e => new TableTransactionAction(action, e, Azure.ETag.All));
                await table.SubmitTransactionAsync(actions, cancellationToken);
            }
        }
    }
}
