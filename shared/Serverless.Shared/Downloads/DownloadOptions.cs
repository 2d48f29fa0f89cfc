using System.ComponentModel.DataAnnotations;
using Serverless.Shared.Outbound;

namespace Serverless.Shared.Downloads;

/// <summary>Where documents may be downloaded from, and how long to wait for them. Section <c>Downloads</c>.</summary>
public sealed class DownloadOptions() : OutboundHttpOptions(attemptTimeoutSeconds: 30, totalTimeoutSeconds: 180, retryDelayMilliseconds: 2_000)
{
    public const string SectionName = "Downloads";

    /// <summary>The official document hosts of the United Nations system, used when none are configured.</summary>
    public static readonly IReadOnlyList<string> DefaultAllowedHosts =
        ["undocs.org", "*.un.org", "*.itu.int", "*.unesco.org", "unctad.org", "*.unctad.org", "*.undp.org", "*.wsis.org"];

    /// <summary>Redirects followed, each checked against the allowed hosts (undocs.org links redirect once).</summary>
    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// The configured hosts, else <see cref="DefaultAllowedHosts"/>. A link to any other host is refused, so the
    /// platform cannot be used to reach the network it runs in.
    /// </summary>
    public IReadOnlyList<string> EffectiveAllowedHosts => AllowedHosts is { Length: > 0 } hosts ? hosts : DefaultAllowedHosts;

    protected override string Section => SectionName;
}
