using Microsoft.Extensions.Options;

namespace Serverless.Local.Hosting;

/// <summary>
/// When the local worker gives its memory back (<see cref="IdleMemoryTrimmer"/>). Section <c>IdleMemory</c>:
/// <c>IdleMemory__AfterSeconds=10</c>. A batch of documents takes the worker's heap to a peak that the collector keeps
/// committed after the batch (it sizes its budgets for the load it last saw), so without this a worker that went idle
/// stayed at its peak.
/// </summary>
public sealed class IdleMemoryOptions
{
    public const string SectionName = "IdleMemory";

    /// <summary>Seconds of quiet after work before one compacting collection gives memory back; 0 never does.</summary>
    public int AfterSeconds { get; set; } = 10;

    /// <summary>
    /// Allocation rate, on average over <see cref="AfterSeconds"/>, under which the worker counts as quiet. While
    /// nothing arrives, the triggers' polling and their listings of the intake container allocate about 0.5 MB a second
    /// with 200 documents stored and 4-7 with 2,000 (the listings grow with the store); a batch being read and
    /// classified, 28-100 (tests/Serverless.Throughput/results/backfill.md).
    /// </summary>
    public int QuietMegabytesPerSecond { get; set; } = 16;

    /// <summary>
    /// Growth of the collector's committed memory since the last trim, in MiB, after which a worker still quiet is trimmed
    /// again; 0 trims once per burst only. An idle host's own polling leaves garbage that young collections promote, so
    /// the heap creeps back up without any work (about 90 MiB in a minute after a 2,000-document back-fill).
    /// </summary>
    public int RegrowthMegabytes { get; set; } = 32;
}

/// <summary>Refuses at start-up settings that would trim in the middle of work or never tell work from quiet, naming them.</summary>
internal sealed class IdleMemoryOptionsValidator : IValidateOptions<IdleMemoryOptions>
{
    public ValidateOptionsResult Validate(string? name, IdleMemoryOptions options)
    {
        var bad = new List<string>();
        if (options.AfterSeconds is < 0 or > 3600)
        {
            bad.Add($"IdleMemory:AfterSeconds is {options.AfterSeconds}: give 0 (never) or 1 to 3600 seconds of quiet before memory is given back.");
        }

        if (options.QuietMegabytesPerSecond is < 1 or > 1024)
        {
            bad.Add($"IdleMemory:QuietMegabytesPerSecond is {options.QuietMegabytesPerSecond}: give 1 to 1024 MB allocated a second, under which the worker is quiet.");
        }

        if (options.RegrowthMegabytes is < 0 or > 4096)
        {
            bad.Add($"IdleMemory:RegrowthMegabytes is {options.RegrowthMegabytes}: give 0 (trim once per burst) or 1 to 4096 MiB of growth after which a quiet worker is trimmed again.");
        }

        return bad.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(bad);
    }
}
