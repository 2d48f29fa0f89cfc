using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Functions.Triggers;

/// <summary>An upload lands in the intake container: read, segment, store, queue classification.</summary>
public sealed class IngestFunction(IngestDocumentStep step)
{
    [Function(nameof(Ingest))]
    public async Task Ingest(
        [BlobTrigger(StorageNames.IncomingBlobPath, Connection = StorageNames.ConnectionSetting)] BlobClient blob,
        CancellationToken cancellationToken) =>
        (await step.RunAsync(blob, cancellationToken)).ThrowIfRetry(nameof(Ingest));
}
