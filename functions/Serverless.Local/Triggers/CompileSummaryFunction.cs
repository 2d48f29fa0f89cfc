using Microsoft.Azure.WebJobs;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Local.Triggers;

/// <summary>Compiles the yearly summary: on the schedule (previous year) and on request through the queue.</summary>
public sealed class CompileSummaryFunction(CompileSummaryStep step)
{
    [FunctionName(nameof(CompileSummary))]
    public Task CompileSummary(
        [TimerTrigger(StorageNames.CompileScheduleExpression)] TimerInfo timer,
        CancellationToken cancellationToken) =>
        step.CompilePreviousYearAsync(cancellationToken);

    [FunctionName(nameof(CompileSummaryOnRequest))]
    public async Task CompileSummaryOnRequest(
        [QueueTrigger(StorageNames.CompileQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        (await step.RunAsync(message, cancellationToken)).ThrowIfRetry(nameof(CompileSummaryOnRequest));
}
