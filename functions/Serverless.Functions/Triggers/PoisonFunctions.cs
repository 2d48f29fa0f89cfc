using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Functions.Triggers;

/// <summary>What the host gave up on becomes a visible <c>Failed</c> document.</summary>
public sealed class PoisonFunctions(PoisonMessageStep step)
{
    [Function(nameof(ClassifyPoison))]
    public Task ClassifyPoison(
        [QueueTrigger(StorageNames.ClassifyPoisonQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        step.OnClassifyPoisonAsync(message, cancellationToken);

    [Function(nameof(IngestPoison))]
    public Task IngestPoison(
        [QueueTrigger(StorageNames.BlobTriggerPoisonQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        step.OnBlobPoisonAsync(message, cancellationToken);

    [Function(nameof(CompilePoison))]
    public Task CompilePoison(
        [QueueTrigger(StorageNames.CompilePoisonQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        step.OnCompilePoisonAsync(message, cancellationToken);
}
