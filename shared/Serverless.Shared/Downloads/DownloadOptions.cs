using System.ComponentModel.DataAnnotations;

namespace Serverless.Shared.Downloads;

/// <summary>Where documents may be downloaded from, and how long to wait for them. Section <c>Downloads</c>.</summary>
public sealed class DownloadOptions : IValidatableObject
{
    public const string SectionName = "Downloads";

    /// <summary>The official document hosts of the United Nations system, used when none are configured.</summary>
    public static readonly IReadOnlyList<string> DefaultAllowedHosts =
        ["undocs.org", "*.un.org", "*.itu.int", "*.unesco.org", "unctad.org", "*.unctad.org", "*.undp.org", "*.wsis.org"];

    /// <summary>
    /// Hosts a link may point to (and redirect to); <c>*.un.org</c> allows every sub-domain. A link to any other host is
    /// refused, so the platform cannot be used to reach the network it runs in. Empty: <see cref="DefaultAllowedHosts"/>.
    /// </summary>
    public string[]? AllowedHosts { get; set; }

    /// <summary>How long one attempt may wait for the source to answer.</summary>
    [Range(1, 600)]
    public int AttemptTimeoutSeconds { get; set; } = 30;

    /// <summary>How long a download may take in all, retries and reading the body included.</summary>
    [Range(1, 3600)]
    public int TotalTimeoutSeconds { get; set; } = 180;

    /// <summary>Retries after a failed attempt (connection error, timeout, 408, 429 or 5xx), with growing, jittered delays.</summary>
    [Range(1, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry delay; later ones grow exponentially.</summary>
    [Range(1, 60_000)]
    public int RetryDelayMilliseconds { get; set; } = 2_000;

    /// <summary>Redirects followed, each checked against <see cref="AllowedHosts"/> (undocs.org links redirect once).</summary>
    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 5;

    public IReadOnlyList<string> EffectiveAllowedHosts => AllowedHosts is { Length: > 0 } hosts ? hosts : DefaultAllowedHosts;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TotalTimeoutSeconds < AttemptTimeoutSeconds)
        {
            yield return new ValidationResult(
                $"Downloads:TotalTimeoutSeconds ({TotalTimeoutSeconds}) must be at least Downloads:AttemptTimeoutSeconds ({AttemptTimeoutSeconds}).",
                [nameof(TotalTimeoutSeconds)]);
        }

        foreach (var host in AllowedHosts ?? [])
        {
            if (string.IsNullOrWhiteSpace(host) || host.Contains('/') || host.Contains(':'))
            {
                yield return new ValidationResult(
                    $"Downloads:AllowedHosts has '{host}': give host names only, e.g. 'documents.un.org' or '*.un.org'.", [nameof(AllowedHosts)]);
            }
        }
    }
}
