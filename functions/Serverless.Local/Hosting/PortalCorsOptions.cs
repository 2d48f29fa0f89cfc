using Microsoft.Extensions.Options;

namespace Serverless.Local.Hosting;

/// <summary>
/// Which web origins may call the local API from a browser (portals under development). Section <c>Cors</c>:
/// <c>Cors__AllowedOrigins__0=https://portal.example.org</c>. None by default: the portal page the host serves itself
/// is same-origin. In Azure the function app's own CORS setting does this (<c>corsAllowedOrigins</c> in the Bicep).
/// </summary>
public sealed class PortalCorsOptions
{
    public const string SectionName = "Cors";

    /// <summary>Origins as a browser sends them (scheme, host, port; no path), or <c>*</c> for any.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Headers a portal's script may read: the next page, the version for If-None-Match, a new resource.</summary>
    public static readonly string[] ExposedHeaders = ["Link", "ETag", "Location", "Allow"];
}

/// <summary>Refuses at start-up an origin a browser would never send, naming the setting.</summary>
internal sealed class PortalCorsOptionsValidator : IValidateOptions<PortalCorsOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalCorsOptions options)
    {
        var bad = options.AllowedOrigins.Select((origin, i) => (origin, i)).Where(o => !IsOrigin(o.origin))
            .Select(o => $"Cors:AllowedOrigins:{o.i} is '{o.origin}': give an origin such as https://portal.example.org (scheme, host and port only) or *.")
            .ToArray();
        return bad.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(bad);
    }

    private static bool IsOrigin(string origin) =>
        origin == "*" || (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.AbsolutePath == "/" && !origin.EndsWith('/') && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.UserInfo));
}
