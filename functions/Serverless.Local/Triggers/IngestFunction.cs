using Azure.Storage.Blobs;
using Microsoft.Azure.WebJobs;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Local.Triggers;

/// <summary>An upload lands in the intake container: read, segment, store, queue classification.</summary>
public sealed class IngestFunction(IngestDocumentStep step)
{
    [FunctionName(nameof(Ingest))]
    public async Task Ingest(
        [BlobTrigger(StorageNames.IncomingBlobPath, Connection = StorageNames.ConnectionSetting)] BlobClient blob,
        CancellationToken cancellationToken) =>
        (await step.RunAsync(blob, cancellationToken)).ThrowIfRetry(nameof(Ingest));
}
