using Serverless.Shared.Storage;

namespace Serverless.Shared.Api.Paging;

/// <summary>
/// Reads several index partitions (a parent action line and its sub-lines) as one list in RowKey order: each partition
/// is read in key order from the page's start, and the smallest key goes next. A paragraph on two sub-lines appears in
/// both partitions with the same key and is listed once.
/// </summary>
public static class IndexMerge
{
    /// <returns>Up to <c>page.Limit + 1</c> rows that satisfy <paramref name="keep"/> (the extra one says more follow).</returns>
    public static async Task<IReadOnlyList<ParagraphIndexEntity>> ReadAsync(
        ParagraphIndexStore index, IReadOnlyList<string> partitions, PageRequest page, Func<ParagraphIndexEntity, bool> keep, CancellationToken cancellationToken)
    {
        var live = new List<IAsyncEnumerator<ParagraphIndexEntity>>();
        var rows = new List<ParagraphIndexEntity>();
        try
        {
            foreach (var partition in partitions)
            {
                var cursor = index.QueryAfterAsync(partition, page.After, cancellationToken).GetAsyncEnumerator(cancellationToken);
                live.Add(cursor);
            }

            foreach (var cursor in live.ToArray())
            {
                if (!await cursor.MoveNextAsync())
                {
                    live.Remove(cursor);
                    await cursor.DisposeAsync();
                }
            }

            string? last = null;
            while (live.Count > 0 && rows.Count <= page.Limit)
            {
                var next = live.MinBy(c => c.Current.RowKey, StringComparer.Ordinal)!;
                var row = next.Current;
                if (row.RowKey != last && keep(row))
                {
                    rows.Add(row);
                }

                last = row.RowKey;
                if (!await next.MoveNextAsync())
                {
                    live.Remove(next);
                    await next.DisposeAsync();
                }
            }
        }
        finally
        {
            foreach (var cursor in live)
            {
                await cursor.DisposeAsync();
            }
        }

        return rows;
    }
}
