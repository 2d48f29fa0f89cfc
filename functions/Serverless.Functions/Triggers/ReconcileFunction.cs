using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Functions.Triggers;

/// <summary>Drives on what a stopped worker left unfinished (documents stuck in Received or Classifying, events not queued).</summary>
public sealed class ReconcileFunction(ReconcileStep step)
{
    [Function(nameof(Reconcile))]
    public Task Reconcile(
        [TimerTrigger(StorageNames.ReconcileScheduleExpression)] TimerInfo timer,
        CancellationToken cancellationToken) =>
        step.RunAsync(cancellationToken);
}
