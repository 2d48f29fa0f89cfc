namespace Serverless.Shared.Pipeline;

/// <summary>How a pipeline step ended. The outcome, not an exception, says whether to try again.</summary>
public enum StepOutcome
{
    /// <summary>The work is done (or was already done by an earlier delivery).</summary>
    Done,

    /// <summary>A condition that should clear by itself; the trigger engine should deliver the input again.</summary>
    Retry,

    /// <summary>The input cannot be processed; the failure is recorded where a person sees it. Do not retry.</summary>
    Failed,
}

/// <summary>Thrown by a trigger adapter for <see cref="StepOutcome.Retry"/>, so the engine redelivers the input.</summary>
public sealed class StepRetryException(string step) : Exception($"{step} asked to be retried.");

public static class StepOutcomeExtensions
{
    /// <summary>Turns <see cref="StepOutcome.Retry"/> into an exception for the trigger engine; other outcomes complete the input.</summary>
    public static void ThrowIfRetry(this StepOutcome outcome, string step)
    {
        if (outcome == StepOutcome.Retry)
        {
            throw new StepRetryException(step);
        }
    }
}
