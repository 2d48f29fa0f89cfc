using Microsoft.Azure.WebJobs;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Local.Triggers;

/// <summary>A work item points at a range of stored paragraphs: label them.</summary>
public sealed class ClassifyFunction(ClassifyWorkItemStep step)
{
    [FunctionName(nameof(Classify))]
    public async Task Classify(
        [QueueTrigger(StorageNames.ClassifyQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        (await step.RunAsync(message, cancellationToken)).ThrowIfRetry(nameof(Classify));
}
