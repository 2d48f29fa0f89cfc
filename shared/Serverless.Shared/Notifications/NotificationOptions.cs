using System.ComponentModel.DataAnnotations;

namespace Serverless.Shared.Notifications;

/// <summary>Which portals may subscribe to notifications, and how long a delivery may take. Section <c>Notifications</c>.</summary>
public sealed class NotificationOptions : IValidatableObject
{
    public const string SectionName = "Notifications";

    /// <summary>
    /// Hosts a subscription's address may point to (<c>*.example.org</c> allows sub-domains). None by default: a
    /// platform that posts to any address it is given can be turned against the network it runs in.
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>Whether subscriptions may use plain http; https only by default (the body carries document data).</summary>
    public bool AllowHttp { get; set; }

    [Range(1, 120)]
    public int AttemptTimeoutSeconds { get; set; } = 10;

    [Range(1, 600)]
    public int TotalTimeoutSeconds { get; set; } = 30;

    [Range(1, 10)]
    public int MaxRetries { get; set; } = 3;

    [Range(1, 60_000)]
    public int RetryDelayMilliseconds { get; set; } = 1_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TotalTimeoutSeconds < AttemptTimeoutSeconds)
        {
            yield return new ValidationResult(
                $"Notifications:TotalTimeoutSeconds ({TotalTimeoutSeconds}) must be at least Notifications:AttemptTimeoutSeconds ({AttemptTimeoutSeconds}).",
                [nameof(TotalTimeoutSeconds)]);
        }

        foreach (var host in AllowedHosts)
        {
            if (string.IsNullOrWhiteSpace(host) || host.Contains('/') || host.Contains(':'))
            {
                yield return new ValidationResult(
                    $"Notifications:AllowedHosts has '{host}': give host names only, e.g. 'portal.example.org' or '*.example.org'.", [nameof(AllowedHosts)]);
            }
        }
    }
}
