using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>
/// Writes entities in entity-group transactions: at most 100 per batch, one partition per batch, and no more text than
/// a transaction carries (4 MB): rows of long columns go in smaller batches.
/// </summary>
public static class TableBatches
{
    public const int MaxBatchSize = 100;

    /// <summary>Under the service's 4 MB for a transaction's body, with room for its envelope.</summary>
    internal const long MaxBatchBytes = 3_000_000;

    public static async Task SubmitAsync(
        TableClient table,
        IEnumerable<ITableEntity> entities,
        TableTransactionActionType action,
        CancellationToken cancellationToken = default)
    {
        foreach (var partition in entities.GroupBy(e => e.PartitionKey))
        {
            foreach (var chunk in Chunks(partition))
            {
                var actions = chunk.Select(e => new TableTransactionAction(action, e, Azure.ETag.All));
                await table.SubmitTransactionAsync(actions, cancellationToken);
            }
        }
    }

    internal static IEnumerable<List<ITableEntity>> Chunks(IEnumerable<ITableEntity> entities)
    {
        var chunk = new List<ITableEntity>();
        long bytes = 0;
        foreach (var entity in entities)
        {
            var size = EstimatedBytes(entity);
            if (chunk.Count > 0 && (chunk.Count == MaxBatchSize || bytes + size > MaxBatchBytes))
            {
                yield return chunk;
                chunk = [];
                bytes = 0;
            }

            chunk.Add(entity);
            bytes += size;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    /// <summary>
    /// What a row may weigh in the request: a character written as a JSON escape takes six bytes. Typed rows are the
    /// platform's small fixed ones.
    /// </summary>
    private static long EstimatedBytes(ITableEntity entity) =>
        entity is TableEntity columns
            ? 256 + columns.Sum(c => c.Key.Length + 32 + (c.Value is string text ? 6L * text.Length : 16))
            : 1_024;
}
