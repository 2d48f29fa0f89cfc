using Microsoft.Azure.WebJobs;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Local.Triggers;

/// <summary>Classifies stored paragraphs again (a year or everything), e.g. after a taxonomy change.</summary>
public sealed class ReclassifyFunction(ReclassifyStep step)
{
    [FunctionName(nameof(Reclassify))]
    public async Task Reclassify(
        [QueueTrigger(StorageNames.ReclassifyQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        (await step.RunAsync(message, cancellationToken)).ThrowIfRetry(nameof(Reclassify));
}
