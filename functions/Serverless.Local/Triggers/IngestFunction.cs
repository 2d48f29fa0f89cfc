using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Azure.WebJobs;
using Serverless.Local.Hosting;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Local.Triggers;

/// <summary>
/// A blob lands in the intake container: read, segment, store, queue classification. An upload the API stored was
/// usually ingested the moment it was stored (<see cref="UploadHandOver"/>); then this delivery has nothing to do. Each
/// delivery is noted for the <see cref="IntakeSweeper"/>, which looks for blobs the engine's scan missed meanwhile.
/// </summary>
public sealed class IngestFunction(IngestDocumentStep step, HandedOverUploads handedOver, IntakeDeliveries deliveries)
{
    [FunctionName(nameof(Ingest))]
    public async Task Ingest(
        [BlobTrigger(StorageNames.IncomingBlobPath, Connection = StorageNames.ConnectionSetting)] BlobClient blob,
        BlobProperties properties,
        CancellationToken cancellationToken)
    {
        deliveries.Delivered(blob.Name, properties.ETag);
        if (!await handedOver.IngestedHereAsync(blob.Name, properties.ETag, cancellationToken))
        {
            (await step.RunAsync(blob, cancellationToken)).ThrowIfRetry(nameof(Ingest));
        }
    }
}
