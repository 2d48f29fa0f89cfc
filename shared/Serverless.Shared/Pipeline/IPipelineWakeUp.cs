using Azure;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// Lets a host that runs the triggers in the same process start on new work at once, instead of when its engine next
/// polls the queue or scans the intake container. The local host uses it to ingest an upload the moment it is stored
/// and to wake the listener of the queue a message was just sent to; the Functions app registers none (Event Grid
/// delivers its blob events, and its queue listeners poll as <c>host.json</c> says). A wake-up is only a hint: the
/// engines still find every blob and message by themselves, so a lost hint costs time, never work.
/// </summary>
public interface IPipelineWakeUp
{
    /// <summary>An upload's bytes and its <c>Received</c> record were just stored in the intake container.</summary>
    void UploadStored(string blobName, ETag version);

    /// <summary>A message was just sent to this queue.</summary>
    void MessageSent(string queueName);
}
