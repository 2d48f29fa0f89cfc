using Azure;
using Azure.Data.Tables;
using Serverless.Shared.Documents;

namespace Serverless.Shared.Storage;

/// <summary>Reads and writes document rows. Status changes are conditional on the ETag so they happen once.</summary>
public sealed class DocumentStore(StorageClients storage)
{
    private TableClient Table => storage.Table(StorageNames.DocumentsTable);

    public async Task<DocumentEntity?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(id, DocumentEntity.Row, cancellationToken: cancellationToken);
        return response.HasValue ? DocumentRowReader.Read(response.Value!) : null;
    }

    /// <summary>
    /// Adds a row only if none exists; false when another writer got there first. Once added, <paramref name="document"/>
    /// carries the row's ETag, so the caller can change it next without reading it (<see cref="UpdateHeldAsync"/>).
    /// </summary>
    public async Task<bool> TryAddAsync(DocumentEntity document, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await Table.AddEntityAsync(document, cancellationToken);
            document.ETag = response.Headers.ETag ?? default;
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current row and writes it if nobody changed the row meanwhile,
    /// retrying on conflicts. <paramref name="change"/> returns false to leave the row as it is.
    /// </summary>
    /// <returns>True when this call wrote the change.</returns>
    public async Task<bool> UpdateAsync(string id, Func<DocumentEntity, bool> change, CancellationToken cancellationToken = default) =>
        await UpdateAsync<bool>(id, d => change(d) ? true : null, cancellationToken) == true;

    /// <summary>
    /// Applies <paramref name="decide"/> to the current row and writes it if nobody changed the row meanwhile. On a
    /// conflict the row is read again and <paramref name="decide"/> runs again on it, so it must keep no state of its
    /// own: what it decided is its return value (null: leave the row as it is), and only the decision of the run whose
    /// write succeeded is returned.
    /// </summary>
    /// <returns>The decision written; null when the row was left as it is or does not exist.</returns>
    public async Task<TDecision?> UpdateAsync<TDecision>(
        string id, Func<DocumentEntity, TDecision?> decide, CancellationToken cancellationToken = default)
        where TDecision : struct
    {
        while (true)
        {
            var current = await GetAsync(id, cancellationToken);
            if (current is null || decide(current) is not { } decision)
            {
                return null;
            }

            try
            {
                await Table.UpdateEntityAsync(current, current.ETag, TableUpdateMode.Replace, cancellationToken);
                return decision;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Someone else updated the row: read it again and decide again.
            }
        }
    }

    /// <summary>
    /// As <see cref="UpdateAsync{TDecision}(string, Func{DocumentEntity, TDecision?}, CancellationToken)"/>, but first on
    /// the row the caller already holds (read or written by it just before), so no read is spent when nobody changed it
    /// meanwhile; a conflict reads it again. Only for a <paramref name="decide"/> that a stale row can only make ask for a
    /// write, never skip one: the write is conditional, so a stale row costs a conflict, never a lost change.
    /// </summary>
    /// <returns>The decision written (null when the row was left as it is or does not exist) and the row as it now stands.</returns>
    public async Task<(TDecision? Decision, DocumentEntity? Row)> UpdateHeldAsync<TDecision>(
        DocumentEntity held, Func<DocumentEntity, TDecision?> decide, CancellationToken cancellationToken = default)
        where TDecision : struct
    {
        var current = held.ETag == default ? await GetAsync(held.PartitionKey, cancellationToken) : held.Copy();
        while (true)
        {
            if (current is null || decide(current) is not { } decision)
            {
                return (null, current);
            }

            try
            {
                var response = await Table.UpdateEntityAsync(current, current.ETag, TableUpdateMode.Replace, cancellationToken);
                current.ETag = response.Headers.ETag ?? default;
                return (decision, current);
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                current = await GetAsync(held.PartitionKey, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="columns"/> of a row the caller holds (only its key and ETag are needed), leaving its other
    /// columns as they are, if nobody changed the row since that ETag.
    /// </summary>
    /// <returns>
    /// False on a conflict: the row was changed, or is gone (deleted with a storage tool: storage answers 404, which
    /// failed the step as "storage refused"), and nothing was written.
    /// </returns>
    public async Task<bool> TryMergeHeldAsync(string id, ETag held, IDictionary<string, object?> columns, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(id, DocumentEntity.Row);
        foreach (var (name, value) in columns)
        {
            entity[name] = value;
        }

        try
        {
            await Table.UpdateEntityAsync(entity, held, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>The boolean form of <see cref="UpdateHeldAsync{TDecision}"/>: true when this call wrote the change.</summary>
    public async Task<(bool Written, DocumentEntity? Row)> UpdateHeldAsync(
        DocumentEntity held, Func<DocumentEntity, bool> change, CancellationToken cancellationToken = default)
    {
        var (decision, row) = await UpdateHeldAsync<bool>(held, d => change(d) ? true : null, cancellationToken);
        return (decision == true, row);
    }

    /// <summary>
    /// The documents still <c>Received</c> or <c>Classifying</c> whose row has not changed since before
    /// <paramref name="before"/>: what a stopped worker may have left. The status is the in-flight marker, so the
    /// pipeline writes nothing of its own to be found; the reconciliation timer pays instead, with one filtered query
    /// per run: the service reads the whole table for it and answers in pages (at most 1,000 rows or 5 seconds each), so
    /// a run costs more as the table grows, but nothing per document processed.
    /// </summary>
    public async Task<IReadOnlyList<DocumentEntity>> ListUnfinishedAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var received = nameof(DocumentStatus.Received);
        var classifying = nameof(DocumentStatus.Classifying);
        var filter = TableClient.CreateQueryFilter($"(Status eq {received} or Status eq {classifying}) and Timestamp lt {before}");
        var documents = new List<DocumentEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            documents.Add(DocumentRowReader.Read(row));
        }

        return documents;
    }

    /// <summary>
    /// Every intake blob name some document records (its own and the other names its bytes were uploaded under): what a
    /// host starting after a crash compares the intake container with. Two columns of every row, read in pages of 1,000.
    /// </summary>
    public async Task<IReadOnlySet<string>> ListUploadNamesAsync(CancellationToken cancellationToken = default)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var columns = new[] { nameof(DocumentEntity.BlobName), nameof(DocumentEntity.OtherBlobNames) };
        await foreach (var row in Table.QueryAsync<TableEntity>(filter: (string?)null, maxPerPage: 1000, select: columns, cancellationToken: cancellationToken))
        {
            var document = DocumentRowReader.Read(row);
            names.Add(document.BlobName);
            names.UnionWith(document.GetOtherBlobNames());
        }

        return names;
    }

    public async Task<IReadOnlyList<DocumentEntity>> ListAsync(int? year, DocumentStatus? status, CancellationToken cancellationToken = default)
    {
        var filters = new List<string>();
        if (year is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"Year eq {year.Value}"));
        }

        if (status is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"Status eq {status.Value.ToString()}"));
        }

        var documents = new List<DocumentEntity>();
        var filter = filters.Count == 0 ? null : string.Join(" and ", filters);
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            documents.Add(DocumentRowReader.Read(row));
        }

        return documents;
    }

    /// <summary>
    /// Documents in id order after <paramref name="afterId"/>, optionally of one year and status, as the table holds
    /// them: a page is a range query, whatever the store's size.
    /// </summary>
    public async IAsyncEnumerable<DocumentEntity> ListAfterAsync(
        int? year, DocumentStatus? status, string? afterId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filters = new List<string>();
        if (afterId is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"PartitionKey gt {afterId}"));
        }

        if (year is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"Year eq {year.Value}"));
        }

        if (status is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"Status eq {status.Value.ToString()}"));
        }

        var filter = filters.Count == 0 ? null : string.Join(" and ", filters);
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            yield return DocumentRowReader.Read(row);
        }
    }
}
