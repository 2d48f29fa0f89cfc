using Microsoft.Azure.WebJobs;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Local.Triggers;

/// <summary>What the engine gave up on becomes a visible <c>Failed</c> document.</summary>
public sealed class PoisonFunctions(PoisonMessageStep step)
{
    [FunctionName(nameof(ClassifyPoison))]
    public Task ClassifyPoison(
        [QueueTrigger(StorageNames.ClassifyPoisonQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        step.OnClassifyPoisonAsync(message, cancellationToken);

    [FunctionName(nameof(IngestPoison))]
    public Task IngestPoison(
        [QueueTrigger(StorageNames.BlobTriggerPoisonQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        step.OnBlobPoisonAsync(message, cancellationToken);

    [FunctionName(nameof(CompilePoison))]
    public Task CompilePoison(
        [QueueTrigger(StorageNames.CompilePoisonQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        step.OnCompilePoisonAsync(message, cancellationToken);
}
