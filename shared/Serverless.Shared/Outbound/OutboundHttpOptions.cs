using System.ComponentModel.DataAnnotations;

namespace Serverless.Shared.Outbound;

/// <summary>
/// What every outbound HTTP feature configures: the hosts it may call and how long and how often it tries.
/// Each feature has its own section and defaults (<c>Downloads</c>, <c>Notifications</c>).
/// </summary>
public abstract class OutboundHttpOptions : IValidatableObject
{
    protected OutboundHttpOptions(int attemptTimeoutSeconds, int totalTimeoutSeconds, int retryDelayMilliseconds)
    {
        AttemptTimeoutSeconds = attemptTimeoutSeconds;
        TotalTimeoutSeconds = totalTimeoutSeconds;
        RetryDelayMilliseconds = retryDelayMilliseconds;
    }

    /// <summary>The configuration section, for messages that name a setting.</summary>
    protected abstract string Section { get; }

    /// <summary>Host names allowed; <c>*.example.org</c> allows every sub-domain. What empty means is up to the feature.</summary>
    public string[]? AllowedHosts { get; set; }

    /// <summary>
    /// Networks that may be called although they are not public, in CIDR form (<c>10.20.0.0/16</c>); none by default.
    /// Only for a test source or portal on the same network: every other private, loopback, link-local or metadata
    /// address is refused after DNS resolution, whatever the host name.
    /// </summary>
    public string[]? AllowedNetworks { get; set; }

    /// <summary><see cref="AllowedNetworks"/> parsed (validation has checked each).</summary>
    public IReadOnlyList<System.Net.IPNetwork> ParsedAllowedNetworks =>
        (AllowedNetworks ?? []).Select(n => System.Net.IPNetwork.Parse(n.Trim())).ToArray();

    /// <summary>How long one attempt may wait for an answer.</summary>
    [Range(1, 600)]
    public int AttemptTimeoutSeconds { get; set; }

    /// <summary>How long a call may take in all, retries included.</summary>
    [Range(1, 3600)]
    public int TotalTimeoutSeconds { get; set; }

    /// <summary>Retries after a failed attempt (connection error, timeout, 408, 429 or 5xx), with growing, jittered delays.</summary>
    [Range(1, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry delay; later ones grow exponentially.</summary>
    [Range(1, 60_000)]
    public int RetryDelayMilliseconds { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TotalTimeoutSeconds < AttemptTimeoutSeconds)
        {
            yield return new ValidationResult(
                $"{Section}:TotalTimeoutSeconds ({TotalTimeoutSeconds}) must be at least {Section}:AttemptTimeoutSeconds ({AttemptTimeoutSeconds}).",
                [nameof(TotalTimeoutSeconds)]);
        }

        foreach (var network in AllowedNetworks ?? [])
        {
            if (!System.Net.IPNetwork.TryParse(network?.Trim(), out _))
            {
                yield return new ValidationResult(
                    $"{Section}:AllowedNetworks has '{network}': give networks in CIDR form, e.g. '127.0.0.1/32'.", [nameof(AllowedNetworks)]);
            }
        }

        foreach (var host in AllowedHosts ?? [])
        {
            if (string.IsNullOrWhiteSpace(host) || host.Contains('/') || host.Contains(':'))
            {
                yield return new ValidationResult(
                    $"{Section}:AllowedHosts has '{host}': give host names only, e.g. 'documents.un.org' or '*.un.org'.", [nameof(AllowedHosts)]);
            }
        }
    }
}
