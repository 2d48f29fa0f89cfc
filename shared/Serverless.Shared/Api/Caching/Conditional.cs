using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Serverless.Shared.Api.Caching;

/// <summary>
/// A JSON answer with an <c>ETag</c>, answered 304 without a body when <c>If-None-Match</c> holds it, and
/// <c>Cache-Control: no-cache</c>: a portal may keep the copy but asks again each time, which costs it nothing when
/// nothing changed (documents change status while they are processed; summaries with each compile).
/// </summary>
public sealed class Conditional<T> : IResult, IStatusCodeHttpResult, IValueHttpResult<T>, IValueHttpResult
{
    private readonly byte[] _json;

    private Conditional(T value)
    {
        Value = value;
        _json = JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Options);
        Tag = EntityTag.Of(_json);
    }

    public T Value { get; }

    object? IValueHttpResult.Value => Value;

    public string Tag { get; }

    public int? StatusCode => StatusCodes.Status200OK;

    public static Conditional<T> Of(T value) => new(value);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        const string cacheControl = "no-cache";
        if (EntityTag.IsCurrent(httpContext.Request, Tag))
        {
            await EntityTag.NotModifiedAsync(httpContext, Tag, cacheControl);
            return;
        }

        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.Headers.ETag = Tag;
        httpContext.Response.Headers.CacheControl = cacheControl;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = _json.Length;
        await httpContext.Response.Body.WriteAsync(_json, httpContext.RequestAborted);
    }
}
