using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Functions.Triggers;

/// <summary>Classifies stored paragraphs again (a year or everything), e.g. after a taxonomy change.</summary>
public sealed class ReclassifyFunction(ReclassifyStep step)
{
    [Function(nameof(Reclassify))]
    public async Task Reclassify(
        [QueueTrigger(StorageNames.ReclassifyQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        (await step.RunAsync(message, cancellationToken)).ThrowIfRetry(nameof(Reclassify));
}
