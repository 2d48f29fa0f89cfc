using Azure;
using Azure.Storage.Blobs.Models;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// Puts a document into the pipeline: its bytes in the intake container, where the blob trigger takes over, then its
/// row (status <c>Received</c>), so a row never waits for bytes that were not stored. An upload never replaces
/// another: the blob is written only if its name is free (a conditional write), and when another file holds the name
/// the upload goes under the name with its content id (<see cref="UploadNames.WithContentId"/>). Safe to repeat:
/// the id is the content hash, the same bytes find their own blob, and the row is added only once. A host that runs
/// the ingest step in the same process is handed the stored upload at once (<see cref="IPipelineWakeUp"/>).
/// </summary>
public sealed class DocumentIntake(StorageClients storage, DocumentStore documents, TimeProvider clock, IPipelineWakeUp? wakeUp = null)
{
    /// <summary>Blob metadata key holding the link a document was downloaded from.</summary>
    public const string SourceUrlMetadata = "sourceurl";

    /// <summary>Blob metadata key holding the content id, so a repeated upload knows its own blob without reading it.</summary>
    public const string ContentIdMetadata = "contentid";

    /// <summary>Blob metadata key holding the file name as the contributor gave it (the blob's may carry the content id).</summary>
    public const string FileNameMetadata = "filename";

    /// <summary>Blob metadata key holding the id of the document an upload is a newer version of (<see cref="IntakeRequest.Replaces"/>).</summary>
    public const string ReplacesMetadata = "replaces";

    public async Task<IntakeReceipt> AcceptAsync(IntakeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = DocumentId.FromContent(request.Content.Span);
        var (blobName, written, version) = await StoreAsync(id, request, cancellationToken);

        // New bytes are recorded without asking first; the row is read only when one is there already.
        if (written && await documents.TryAddAsync(Fresh(id, blobName, request), cancellationToken))
        {
            return Received(id, blobName, version);
        }

        var known = await documents.GetAsync(id, cancellationToken);
        if (known is null)
        {
            // Stored before but never recorded (an upload cut short): recorded now. False when the blob trigger got there first.
            await documents.TryAddAsync(Fresh(id, blobName, request), cancellationToken);
            return Received(id, blobName, version);
        }

        // A row of this very upload, added by the blob trigger that saw the new blob first, is not a document known before.
        if (written && known.BlobName == blobName)
        {
            return Received(id, blobName, version);
        }

        if (known.StatusValue == DocumentStatus.Received && version is { } stored)
        {
            wakeUp?.UploadStored(blobName, stored);
        }

        return new IntakeReceipt(id, blobName, known.StatusValue, AlreadyKnown: true);
    }

    /// <summary>A new document: the in-process ingest, where there is one, is handed it now.</summary>
    private IntakeReceipt Received(string id, string blobName, ETag? version)
    {
        if (version is { } stored)
        {
            wakeUp?.UploadStored(blobName, stored);
        }

        return new IntakeReceipt(id, blobName, DocumentStatus.Received, AlreadyKnown: false);
    }

    private DocumentEntity Fresh(string id, string blobName, IntakeRequest request) => new()
    {
        PartitionKey = id,
        BlobName = blobName,
        FileName = request.FileName,
        SizeBytes = request.Content.Length,
        SourceUrl = request.SourceUrl?.AbsoluteUri,
        ReceivedAt = clock.GetUtcNow(),
        Replaces = request.Replaces == id ? null : request.Replaces,
    };

    /// <summary>
    /// Writes the bytes under the upload's name, or under the name with its content id when another file holds it.
    /// Written is false when the same bytes were there already under that name (a repeated upload); the version is the
    /// stored blob's (none for a blob a tool wrote under the content-id name).
    /// </summary>
    private async Task<(string Name, bool Written, ETag? Version)> StoreAsync(string id, IntakeRequest request, CancellationToken cancellationToken)
    {
        var natural = new UploadPath(request.Year, string.IsNullOrEmpty(request.Entity) ? null : request.Entity, request.FileName).ToBlobName();
        foreach (var name in new[] { natural, UploadNames.WithContentId(natural, id) })
        {
            var blob = storage.Container(StorageNames.IncomingContainer).GetBlobClient(name);
            try
            {
                var stored = await blob.UploadAsync(
                    new BinaryData(request.Content),
                    new BlobUploadOptions
                    {
                        Metadata = Metadata(id, request),
                        HttpHeaders = new BlobHttpHeaders { ContentType = request.ContentType },
                        Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    },
                    cancellationToken);
                return (name, true, stored.Value.ETag);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // The name is taken: by these very bytes (a repeated upload), or by another file, which stays as it is.
                var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
                if (properties.Value.Metadata.TryGetValue(ContentIdMetadata, out var held) && held == id)
                {
                    return (name, false, properties.Value.ETag);
                }
            }
        }

        // Only a blob written straight into storage without our metadata can hold the content-id name; read it.
        var fallback = UploadNames.WithContentId(natural, id);
        await using var content = await storage.Container(StorageNames.IncomingContainer).GetBlobClient(fallback).OpenReadAsync(cancellationToken: cancellationToken);
        return await DocumentId.FromStreamAsync(content, cancellationToken) == id
            ? (fallback, false, null)
            : throw new InvalidOperationException($"The blob {fallback} holds other bytes than its name says; the upload was not stored.");
    }

    private static Dictionary<string, string> Metadata(string id, IntakeRequest request)
    {
        var metadata = new Dictionary<string, string>
        {
            [ContentIdMetadata] = id,
            [FileNameMetadata] = Uri.EscapeDataString(request.FileName),
        };
        if (request.Year is not null)
        {
            metadata[DocumentAttribution.YearMetadata] = request.Year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (!string.IsNullOrEmpty(request.Entity))
        {
            metadata[DocumentAttribution.EntityMetadata] = Uri.EscapeDataString(request.Entity);
        }

        if (request.Replaces is not null && request.Replaces != id)
        {
            metadata[ReplacesMetadata] = request.Replaces;
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

    /// <summary>The id of an earlier document this one is a newer version of (a corrected report): withdrawn once this one is classified.</summary>
    public string? Replaces { get; init; }
}

/// <summary>Where the document went and what the platform already knew of the same bytes.</summary>
public sealed record IntakeReceipt(string Id, string BlobName, DocumentStatus Status, bool AlreadyKnown);
