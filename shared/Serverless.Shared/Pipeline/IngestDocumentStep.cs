using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Shared.Documents;
using Serverless.Shared.Reading;
using Serverless.Shared.Segmentation;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// The blob-triggered step: identifies an upload by its content hash, reads and segments it, stores the
/// paragraphs, queues classification work (claim-check) and records the document.
/// Safe to run twice on the same blob: a document already past <c>Received</c> is left alone.
/// </summary>
public sealed class IngestDocumentStep(
    StorageClients storage,
    DocumentStore documents,
    DocumentFailures failures,
    ParagraphStore paragraphs,
    ClassificationWorkQueue workQueue,
    PipelineQueue queue,
    DocumentParser parser,
    DocumentAttribution attribution,
    RenditionLinker renditions,
    IOptions<PipelineOptions> options,
    TimeProvider clock,
    ILogger<IngestDocumentStep> logger)
{
    /// <remarks>
    /// The blob is read through the platform's own clients, not the one the trigger bound, so its reads are counted with
    /// the rest of the document's requests (<see cref="StorageRequestCounter"/>).
    /// </remarks>
    public Task<StepOutcome> RunAsync(BlobClient blob, CancellationToken cancellationToken = default) =>
        StorageFaults.RetryTransientAsync(
            nameof(IngestDocumentStep),
            () => IngestAsync(storage.Container(blob.BlobContainerName).GetBlobClient(blob.Name), cancellationToken),
            logger,
            cancellationToken);

    /// <summary>What intake needs of the uploaded blob besides its bytes: all of it comes with the one download.</summary>
    /// <param name="LastModified">When these bytes were written under the blob's name: a later write of the name is a newer version.</param>
    private sealed record Upload(long ContentLength, string? ContentType, IDictionary<string, string> Metadata, DateTimeOffset CreatedOn, DateTimeOffset LastModified);

    private async Task<StepOutcome> IngestAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        // One request gives the blob's properties and its bytes: a file intake will read is read into memory, for its id
        // and its text; a larger one is only hashed as it streams by.
        BlobDownloadStreamingResult download;
        try
        {
            download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            logger.LogInformation("Blob {Blob} was deleted before it could be read; nothing to do.", UploadNames.ForLog(blob.Name));
            return StepOutcome.Done;
        }

        string id;
        ReadOnlyMemory<byte>? bytes = null;
        Upload upload;
        using (download)
        {
            var details = download.Details;
            upload = new Upload(details.ContentLength, details.ContentType, details.Metadata, details.CreatedOn, details.LastModified);
            if (CheckSize(upload.ContentLength) is null)
            {
                using var memory = new MemoryStream((int)upload.ContentLength);
                await download.Content.CopyToAsync(memory, cancellationToken);
                bytes = memory.ToArray();
                id = DocumentId.FromContent(bytes.Value.Span);
            }
            else
            {
                id = await DocumentId.FromStreamAsync(download.Content, cancellationToken);
            }
        }

        var document = await ClaimAsync(id, blob.Name, upload, cancellationToken);
        if (document is null)
        {
            return StepOutcome.Done;
        }

        return await StorageFaults.FailRefusedAsync(
            id, () => ReadAndStoreAsync(blob, bytes, document, upload, cancellationToken), failures, logger, cancellationToken);
    }

    private async Task<StepOutcome> ReadAndStoreAsync(
        BlobClient blob, ReadOnlyMemory<byte>? downloaded, DocumentEntity document, Upload properties, CancellationToken cancellationToken)
    {
        var id = document.PartitionKey;
        var failure = CheckSize(properties.ContentLength);
        if (failure is not null)
        {
            await failures.MarkFailedAsync(id, failure, cancellationToken);
            return StepOutcome.Failed;
        }

        var bytes = downloaded ?? (await blob.DownloadContentAsync(cancellationToken)).Value.Content.ToMemory();
        SegmentedDocument parsed;
        using var readLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        readLimit.CancelAfter(TimeSpan.FromSeconds(options.Value.MaxReadSeconds));
        try
        {
            parsed = parser.Parse(new DocumentSource(document.FileName, properties.ContentType, bytes), readLimit.Token);
        }
        catch (UnreadableDocumentException e)
        {
            logger.LogWarning("Document {Id} ({Blob}) cannot be read: {Reason}", id, UploadNames.ForLog(blob.Name), UploadNames.ForLog(e.Message));
            await failures.MarkFailedAsync(id, e.Message, cancellationToken);
            return StepOutcome.Failed;
        }
        catch (OperationCanceledException) when (readLimit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Delivered again, it would take as long again: the time limit is a verdict on the file, as the readers' limits are.
            logger.LogWarning("Document {Id} ({Blob}) took longer than {Seconds} s to read.", id, UploadNames.ForLog(blob.Name), options.Value.MaxReadSeconds);
            await failures.MarkFailedAsync(
                id,
                $"Reading the file took longer than {options.Value.MaxReadSeconds:N0} seconds, far more than any contribution needs, so it was stopped. " +
                "Its structure is unusual (deep nesting or endless repetition); save it again from its application, or upload it as PDF or plain text.",
                cancellationToken);
            return StepOutcome.Failed;
        }

        var (fitting, warning) = LongParagraphSplitter.Split(parsed.Paragraphs, ParagraphEntity.MaxTextLength);
        if (fitting.Count > options.Value.MaxParagraphs)
        {
            await failures.MarkFailedAsync(
                id,
                $"The file splits into {fitting.Count:N0} paragraphs; at most {options.Value.MaxParagraphs:N0} are accepted. Check that it is a contribution, or split it.",
                cancellationToken);
            return StepOutcome.Failed;
        }

        parsed = parsed with { Paragraphs = fitting };
        await StoreAsync(document, parsed, warning, properties, cancellationToken);
        logger.LogInformation("Document {Id} ({Blob}): {Count} paragraphs queued for classification.", id, UploadNames.ForLog(blob.Name), parsed.Paragraphs.Count);
        return StepOutcome.Done;
    }

    /// <summary>
    /// Returns the document row this delivery should fill, or null when there is nothing to do: the bytes
    /// are already known under another name (recorded as an alias) or an earlier delivery got past intake.
    /// </summary>
    private async Task<DocumentEntity?> ClaimAsync(string id, string blobName, Upload properties, CancellationToken cancellationToken)
    {
        var path = UploadPath.Parse(blobName);
        var fresh = new DocumentEntity
        {
            PartitionKey = id,
            BlobName = blobName,
            FileName = FileNameOf(properties, path),
            SizeBytes = properties.ContentLength,
            SourceUrl = properties.Metadata.TryGetValue(DocumentIntake.SourceUrlMetadata, out var source) ? Uri.UnescapeDataString(source) : null,
            ReceivedAt = properties.CreatedOn == default ? clock.GetUtcNow() : properties.CreatedOn,
            BlobWrittenAt = WrittenAt(properties),
            Replaces = properties.Metadata.TryGetValue(DocumentIntake.ReplacesMetadata, out var replaces) && DocumentId.IsValid(replaces) && replaces != id
                ? replaces
                : null,
        };
        DocumentAttribution.ApplyPath(fresh);

        // A row added Received is in flight by its status: the reconciliation finds it should this worker stop.
        var existing = await documents.GetAsync(id, cancellationToken);
        if (existing is null)
        {
            if (await documents.TryAddAsync(fresh, cancellationToken))
            {
                return fresh;
            }
        }

        existing ??= await documents.GetAsync(id, cancellationToken);
        if (existing is null)
        {
            return fresh;
        }

        if (existing.BlobName != blobName)
        {
            var full = false;
            await documents.UpdateAsync(id, d =>
            {
                var known = d.BlobName == blobName || d.GetOtherBlobNames().Contains(blobName);
                var added = !known && d.TryAddOtherBlobName(blobName);
                full = !known && !added;
                return added;
            }, cancellationToken);
            if (full)
            {
                logger.LogWarning(
                    "Blob {Blob} has the same content as document {Id}, whose record lists as many other names as it holds; this one is not listed.",
                    UploadNames.ForLog(blobName), id);
            }
            else
            {
                logger.LogInformation("Blob {Blob} has the same content as document {Id}; recorded as another name.", UploadNames.ForLog(blobName), id);
            }

            return null;
        }

        return existing.StatusValue == DocumentStatus.Received ? existing : null;
    }

    /// <summary>The name the contributor gave (kept in metadata by HTTP uploads, whose blob name may carry the content id), else the blob's.</summary>
    private static string FileNameOf(Upload properties, UploadPath path) =>
        properties.Metadata.TryGetValue(DocumentIntake.FileNameMetadata, out var given) && UploadNames.CleanFileName(Uri.UnescapeDataString(given)) is { } name
            ? name
            : path.FileName;

    private static DateTimeOffset? WrittenAt(Upload properties) => properties.LastModified == default ? null : properties.LastModified;

    private string? CheckSize(long size)
    {
        if (size == 0)
        {
            return "The file is empty (0 bytes).";
        }

        var limit = options.Value.MaxDocumentBytes;
        return size > limit
            ? $"The file is {size / 1048576.0:0.#} MB; the largest accepted is {limit / 1048576.0:0.#} MB. Split it or upload the text only."
            : null;
    }

    private async Task StoreAsync(DocumentEntity document, SegmentedDocument parsed, string? warning, Upload properties, CancellationToken cancellationToken)
    {
        var id = document.PartitionKey;
        await paragraphs.WriteAsync(parsed.Paragraphs.Select(p => ParagraphMapping.ToEntity(id, p)), cancellationToken);

        var items = workQueue.Plan(id, parsed.Paragraphs.Count);
        var fingerprint = TextFingerprint.Of(parsed.Paragraphs.Select(p => (p.Kind.ToName(), p.Text)));
        var renditionOf = await renditions.LinkAsync(id, document.ReceivedAt, fingerprint, cancellationToken);

        // Two deliveries of the same blob may run at once. Neither may overwrite the other's progress, so the
        // record is only filled in while it is still Received; once another delivery has moved it on, that one
        // has queued every item already (or will) and there is nothing left to do here.
        // The row is filled and turned Classifying in one write, before its work items are queued: a stop in between
        // leaves a Classifying document without messages, which the reconciliation finds and queues again.
        // The row claimed is the one held: written or read just before, it is changed without reading it again.
        var (filled, row) = await documents.UpdateHeldAsync(document, d =>
        {
            if (d.StatusValue != DocumentStatus.Received)
            {
                return false;
            }

            attribution.Apply(d, parsed, properties.Metadata);
            d.Format = parsed.Format;
            d.Language = parsed.Profile.Language;
            d.Kind = parsed.Profile.Kind;
            d.Symbol = parsed.Profile.Symbol;
            d.IssuingBody = parsed.Profile.IssuingBody;
            d.ParagraphCount = parsed.Paragraphs.Count;
            d.WorkItemCount = items.Count;
            d.Warnings = warning;
            d.Fingerprint = fingerprint;
            d.BlobWrittenAt ??= WrittenAt(properties);

            // A rendition ingested at the same time may have linked this row since it was held: it listed a group that
            // already held this document, so its link stands.
            if (d.RenditionOf == document.RenditionOf)
            {
                d.RenditionOf = renditionOf;
            }

            d.StatusValue = DocumentStatus.Classifying;
            return true;
        }, cancellationToken);
        if (filled)
        {
            // The one item of a document of one carries the row as just written, so classification need not read it; the
            // items of a longer document finish in turn, each changing the row, so they read it.
            await queue.SendAsync(items.Count == 1 ? [items[0] with { Held = HeldDocument.From(row!) }] : items, cancellationToken);
        }
    }
}
