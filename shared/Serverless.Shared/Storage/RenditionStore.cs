using Azure;
using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>
/// Documents by text fingerprint: PartitionKey = fingerprint, RowKey = document id, with when it was received. One
/// partition holds the renditions of one contribution (its DOCX, PDF, HTML...), read in one partition scan, plus one
/// claim row (<see cref="ClaimRow"/>) added by the group's first member, so that first member learns it is alone
/// without reading the partition.
/// </summary>
public sealed class RenditionStore(StorageClients storage)
{
    /// <summary>The RowKey of the claim row; not a document id (those are hex digits).</summary>
    public const string ClaimRow = "~claim";

    private TableClient Table => storage.Table(StorageNames.RenditionsTable);

    /// <summary>
    /// Adds the document to its fingerprint's group and returns the group, first received first (<see cref="ListAsync"/>). Most
    /// contributions come in one rendition: the document's row and the group's claim row are added in one entity-group
    /// transaction, which succeeds only when the group had no claim, so a document alone costs one request. When the
    /// claim is there (another rendition, or this one delivered again), the row is written and the partition read.
    /// </summary>
    public async Task<IReadOnlyList<string>> JoinAsync(string fingerprint, string documentId, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        var member = Member(fingerprint, documentId, receivedAt);
        try
        {
            await Table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(fingerprint, ClaimRow) { ["FirstId"] = documentId }),
                    new TableTransactionAction(TableTransactionActionType.UpsertReplace, member),
                ],
                cancellationToken);
            return [documentId];
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            // The group was claimed before: by another rendition, or by this document on an earlier delivery.
        }

        await Table.UpsertEntityAsync(member, TableUpdateMode.Replace, cancellationToken);
        return await ListAsync(fingerprint, cancellationToken);
    }

    /// <summary>
    /// The documents with this fingerprint, first received first. Storage gives a blob's creation time to the second, so
    /// renditions sent one after the other can tie: the one that claimed the group, ingested first, then comes first, and
    /// only then the id decides (which says nothing of the order they came in, but is the same at every reading).
    /// </summary>
    public async Task<IReadOnlyList<string>> ListAsync(string fingerprint, CancellationToken cancellationToken = default)
    {
        var rows = new List<(string Id, DateTimeOffset ReceivedAt)>();
        string? claimant = null;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {fingerprint}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == ClaimRow)
            {
                claimant = row.GetString("FirstId");
            }
            else
            {
                rows.Add((row.RowKey, row.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MaxValue));
            }
        }

        return rows
            .OrderBy(r => r.ReceivedAt)
            .ThenBy(r => r.Id == claimant ? 0 : 1)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => r.Id)
            .ToArray();
    }

    private static TableEntity Member(string fingerprint, string documentId, DateTimeOffset receivedAt) =>
        new(fingerprint, documentId) { ["ReceivedAt"] = receivedAt };
}
