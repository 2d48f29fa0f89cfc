using Azure.Storage.Blobs.Models;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// Puts a document into the pipeline: its row (status <c>Received</c>) and its bytes in the intake container, where
/// the blob trigger takes over. Used by uploads and by downloads from a link; safe to repeat (the id is the content
/// hash, the row is added only once, the blob is overwritten with the same bytes).
/// </summary>
public sealed class DocumentIntake(StorageClients storage, DocumentStore documents, TimeProvider clock)
{
    /// <summary>Blob metadata key holding the link a document was downloaded from.</summary>
    public const string SourceUrlMetadata = "sourceurl";

    public async Task<IntakeReceipt> AcceptAsync(IntakeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = DocumentId.FromContent(request.Content.Span);
        var blobName = new UploadPath(request.Year, string.IsNullOrEmpty(request.Entity) ? null : request.Entity, request.FileName).ToBlobName();
        var existing = await documents.GetAsync(id, cancellationToken);
        if (existing is null)
        {
            await documents.TryAddAsync(new DocumentEntity
            {
                PartitionKey = id,
                BlobName = blobName,
                FileName = request.FileName,
                SizeBytes = request.Content.Length,
                SourceUrl = request.SourceUrl?.AbsoluteUri,
                ReceivedAt = clock.GetUtcNow(),
            }, cancellationToken);
        }

        await storage.Container(StorageNames.IncomingContainer).GetBlobClient(blobName).UploadAsync(
            new BinaryData(request.Content),
            new BlobUploadOptions { Metadata = Metadata(request), HttpHeaders = new BlobHttpHeaders { ContentType = request.ContentType } },
            cancellationToken);

        return new IntakeReceipt(id, blobName, existing?.StatusValue ?? DocumentStatus.Received, AlreadyKnown: existing is not null);
    }

    private static Dictionary<string, string> Metadata(IntakeRequest request)
    {
        var metadata = new Dictionary<string, string>();
        if (request.Year is not null)
        {
            metadata[DocumentAttribution.YearMetadata] = request.Year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (!string.IsNullOrEmpty(request.Entity))
        {
            metadata[DocumentAttribution.EntityMetadata] = Uri.EscapeDataString(request.Entity);
        }

        if (request.SourceUrl is not null)
        {
            metadata[SourceUrlMetadata] = Uri.EscapeDataString(request.SourceUrl.AbsoluteUri);
        }

        return metadata;
    }
}

/// <summary>A document to put into the pipeline, with what its contributor said about it.</summary>
public sealed record IntakeRequest(string FileName, ReadOnlyMemory<byte> Content, int? Year, string? Entity, string? ContentType)
{
    /// <summary>The link the document was downloaded from, when it was.</summary>
    public Uri? SourceUrl { get; init; }
}

/// <summary>Where the document went and what the platform already knew of the same bytes.</summary>
public sealed record IntakeReceipt(string Id, string BlobName, DocumentStatus Status, bool AlreadyKnown);
