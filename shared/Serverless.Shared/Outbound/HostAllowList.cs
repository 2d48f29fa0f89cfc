namespace Serverless.Shared.Outbound;

/// <summary>Decides whether a link's host is one documents may be downloaded from.</summary>
public sealed class HostAllowList(IEnumerable<string> hosts)
{
    private readonly string[] _exact = hosts.Where(h => !h.StartsWith("*.", StringComparison.Ordinal)).ToArray();
    private readonly string[] _suffixes = hosts.Where(h => h.StartsWith("*.", StringComparison.Ordinal)).Select(h => h[1..]).ToArray();

    public bool Allows(Uri url) =>
        url.IsAbsoluteUri &&
        (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) &&
        (_exact.Any(h => string.Equals(h, url.IdnHost, StringComparison.OrdinalIgnoreCase)) ||
         _suffixes.Any(s => url.IdnHost.EndsWith(s, StringComparison.OrdinalIgnoreCase)));
}
