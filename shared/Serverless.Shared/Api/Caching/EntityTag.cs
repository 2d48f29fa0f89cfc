using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Serverless.Shared.Api.Caching;

/// <summary>
/// Strong entity tags from the bytes of an answer (SHA-256, 128 bits in base64url): the same content always has the
/// same tag in either host, whatever produced it, so a portal's <c>If-None-Match</c> can be answered 304.
/// </summary>
public static class EntityTag
{
    public static string Of(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        return "\"" + Convert.ToBase64String(hash[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
    }

    /// <summary>True when the request's <c>If-None-Match</c> names the tag (or is <c>*</c>): the client's copy is current.</summary>
    public static bool IsCurrent(HttpRequest request, string tag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0)
        {
            return false;
        }

        return EntityTagHeaderValue.TryParseList(header, out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(tag), useStrongComparison: false));
    }

    /// <summary>Writes 304 with the tag and no body.</summary>
    public static Task NotModifiedAsync(HttpContext context, string tag, string? cacheControl)
    {
        context.Response.StatusCode = StatusCodes.Status304NotModified;
        context.Response.Headers.ETag = tag;
        if (cacheControl is not null)
        {
            context.Response.Headers.CacheControl = cacheControl;
        }

        return Task.CompletedTask;
    }
}
