using Azure;
using Microsoft.Extensions.Logging;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// What a step does when storage answers with an error: a transient one (no answer, a time-out, throttling, a server
/// error, which the SDK has already retried a few times) is <see cref="StepOutcome.Retry"/>, so the engine delivers
/// the input again later (and after host.json's <c>maxDequeueCount</c> attempts hands it to the poison handler); any
/// other refusal (a request storage will never take, such as one too large or badly formed) fails the document at
/// once with the reason, since delivering it again would only be refused again.
/// </summary>
public static class StorageFaults
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        RequestFailedException e => e.Status is 0 or 408 or 429 or >= 500,
        HttpRequestException or IOException or TimeoutException or OperationCanceledException => true,
        AggregateException e => e.InnerExceptions.Count > 0 && e.InnerExceptions.All(IsTransient),
        _ => false,
    };

    /// <summary>Runs a step; a transient storage error ends it as <see cref="StepOutcome.Retry"/>.</summary>
    public static async Task<StepOutcome> RetryTransientAsync(
        string step, Func<Task<StepOutcome>> work, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await work();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && IsTransient(e))
        {
            logger.LogWarning(e, "{Step} met a transient storage error and will be delivered again.", step);
            return StepOutcome.Retry;
        }
    }

    /// <summary>
    /// Runs the part of a step that works on one document; storage refusing a request for good fails that document
    /// (with the <c>document.failed</c> event). Transient errors pass on to <see cref="RetryTransientAsync"/>.
    /// </summary>
    public static async Task<StepOutcome> FailRefusedAsync(
        string documentId, Func<Task<StepOutcome>> work, DocumentFailures failures, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await work();
        }
        catch (RequestFailedException e) when (!IsTransient(e))
        {
            logger.LogError(e, "Storage refused a request for document {Id}: {Status} {Code}.", documentId, e.Status, e.ErrorCode);
            await failures.MarkFailedAsync(documentId, ReasonFor(e), cancellationToken);
            return StepOutcome.Failed;
        }
    }

    public static string ReasonFor(RequestFailedException e) =>
        $"Storage refused to keep this document's data ({e.Status}{(string.IsNullOrEmpty(e.ErrorCode) ? "" : " " + e.ErrorCode)}). " +
        "The original is kept; ask an administrator to check the logs, then upload it again.";
}
