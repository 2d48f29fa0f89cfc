using Azure;
using Azure.Storage.Blobs.Models;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// A person withdraws a document (<c>DELETE /api/documents/{id}</c>), e.g. a test upload: it turns <c>Withdrawn</c>
/// (so no compile counts it), its paragraphs leave the query index, and its original upload moves from the intake
/// container to the archive container under the same name: copied first, deleted after, so it is never lost. Each
/// step can be repeated, so a withdrawal cut short is finished by asking again.
/// </summary>
public sealed class DocumentWithdrawer(StorageClients storage, DocumentStore documents, ParagraphIndexer indexer, TimeProvider clock)
{
    /// <returns>The withdrawn document; null when there is no such document.</returns>
    /// <exception cref="DocumentBusyException">It is being read or classified.</exception>
    public async Task<DocumentEntity?> WithdrawAsync(string id, string by, string? reason, CancellationToken cancellationToken = default)
    {
        var document = await documents.GetAsync(id, cancellationToken);
        if (document is null)
        {
            return null;
        }

        DocumentBusyException.ThrowIfBusy(document, "withdrawn");
        await documents.UpdateAsync(id, d =>
        {
            if (d.StatusValue == DocumentStatus.Withdrawn)
            {
                return false;
            }

            DocumentBusyException.ThrowIfBusy(d, "withdrawn");
            d.StatusValue = DocumentStatus.Withdrawn;
            d.WithdrawnBy = by;
            d.WithdrawnAt = clock.GetUtcNow();
            d.WithdrawalReason = reason;
            return true;
        }, cancellationToken);

        await indexer.RemoveAsync(document, cancellationToken);
        foreach (var name in document.GetOtherBlobNames().Prepend(document.BlobName))
        {
            await ArchiveAsync(name, id, cancellationToken);
        }

        return await documents.GetAsync(id, cancellationToken);
    }

    /// <summary>Who withdraws an earlier version of a replaced file: no person, the platform itself.</summary>
    public const string Platform = "platform";

    /// <summary>
    /// Withdraws a document a newer version replaced (<see cref="ReplacedVersions"/>): it turns <c>Withdrawn</c>, names
    /// the document that replaced it and leaves the query index. Replaced by an upload that said so, its original is
    /// archived as a person's withdrawal archives it; replaced by a write of its own blob name, nothing is archived, since
    /// the name holds the newer version now (where storage keeps blob versions, as the Azure deployment does, the earlier
    /// bytes stay there as a previous version). Asking again finishes a withdrawal cut short (the index and the archive)
    /// and changes nothing else.
    /// </summary>
    /// <returns>True when this call withdrew it.</returns>
    public async Task<bool> WithdrawReplacedAsync(ReplacedVersions.Replacement replacement, CancellationToken cancellationToken = default)
    {
        var (earlier, current) = (replacement.Earlier, replacement.Current);
        var withdrawn = await documents.UpdateAsync(earlier.PartitionKey, d =>
        {
            if (d.StatusValue != DocumentStatus.Classified || (replacement.SameName && d.BlobName != current.BlobName))
            {
                return false;
            }

            d.StatusValue = DocumentStatus.Withdrawn;
            d.WithdrawnBy = Platform;
            d.WithdrawnAt = clock.GetUtcNow();
            d.ReplacedBy = current.PartitionKey;
            d.WithdrawalReason = replacement.SameName
                ? $"The file {current.BlobName} was replaced in storage by a newer version ({Written(current)}), read as document {current.PartitionKey}; only the newer version counts."
                : $"Replaced by document {current.PartitionKey} ({current.FileName}, received {At(current.ReceivedAt)}), uploaded as its newer version; only the newer version counts.";
            return true;
        }, cancellationToken);
        if (!withdrawn && !ReplacedVersions.WithdrawnFor(earlier, current))
        {
            return false;
        }

        await indexer.RemoveAsync(earlier, cancellationToken);
        if (!replacement.SameName)
        {
            foreach (var name in earlier.GetOtherBlobNames().Prepend(earlier.BlobName))
            {
                await ArchiveAsync(name, earlier.PartitionKey, cancellationToken);
            }
        }

        return withdrawn;
    }

    private static string Written(DocumentEntity document) => "written " + At(document.BlobWrittenAt ?? document.ReceivedAt);

    private static string At(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    private async Task ArchiveAsync(string blobName, string id, CancellationToken cancellationToken)
    {
        var original = storage.Container(StorageNames.IncomingContainer).GetBlobClient(blobName);
        BlobDownloadResult content;
        try
        {
            content = (await original.DownloadContentAsync(cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return; // Archived by an earlier request.
        }

        var metadata = new Dictionary<string, string>(content.Details.Metadata) { ["withdrawnDocument"] = id };
        await storage.Container(StorageNames.ArchiveContainer).GetBlobClient(blobName).UploadAsync(
            content.Content,
            new BlobUploadOptions { Metadata = metadata, HttpHeaders = new BlobHttpHeaders { ContentType = content.Details.ContentType } },
            cancellationToken);
        await original.DeleteIfExistsAsync(cancellationToken: cancellationToken);
    }
}
