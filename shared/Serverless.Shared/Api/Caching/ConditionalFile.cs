using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Serverless.Shared.Api.Caching;

/// <summary>
/// A file (the draft report) with an <c>ETag</c> and 304 on <c>If-None-Match</c>. A versioned one (the URL names the
/// summary version it was rendered from) never changes, so it may be cached for a year; the current one is revalidated.
/// Shown inline (a browser previews it) or as an attachment (a download).
/// </summary>
public sealed class ConditionalFile(byte[] content, string contentType, string fileName, bool versioned, bool inline) : IResult, IStatusCodeHttpResult
{
    public const string VersionedCacheControl = "public, max-age=31536000, immutable";

    public string Tag { get; } = EntityTag.Of(content);

    public int? StatusCode => StatusCodes.Status200OK;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var cacheControl = versioned ? VersionedCacheControl : "no-cache";
        if (EntityTag.IsCurrent(httpContext.Request, Tag))
        {
            await EntityTag.NotModifiedAsync(httpContext, Tag, cacheControl);
            return;
        }

        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.Headers.ETag = Tag;
        response.Headers.CacheControl = cacheControl;
        response.ContentType = contentType;
        response.ContentLength = content.Length;
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        await response.Body.WriteAsync(content, httpContext.RequestAborted);
    }
}
