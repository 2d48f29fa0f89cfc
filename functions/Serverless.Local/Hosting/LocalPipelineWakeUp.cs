using Azure;
using Serverless.Shared.Pipeline;

namespace Serverless.Local.Hosting;

/// <summary>The local host's answer to new work written by this process: uploads are ingested at once, queues polled at once.</summary>
internal sealed class LocalPipelineWakeUp(HandedOverUploads uploads, QueueWakeUps queues) : IPipelineWakeUp
{
    public void UploadStored(string blobName, ETag version) => uploads.HandOver(blobName, version);

    public void MessageSent(string queueName) => queues.Wake(queueName);
}
