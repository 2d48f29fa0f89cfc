using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Functions.Triggers;

/// <summary>
/// An upload lands in the intake container: read, segment, store, queue classification. Event Grid delivers the
/// blob events (Flex Consumption supports no polling blob trigger); the local host polls Azurite instead.
/// </summary>
public sealed class IngestFunction(IngestDocumentStep step)
{
    [Function(nameof(Ingest))]
    public async Task Ingest(
        [BlobTrigger(StorageNames.IncomingBlobPath, Source = BlobTriggerSource.EventGrid, Connection = StorageNames.ConnectionSetting)] BlobClient blob,
        CancellationToken cancellationToken) =>
        (await step.RunAsync(blob, cancellationToken)).ThrowIfRetry(nameof(Ingest));
}
