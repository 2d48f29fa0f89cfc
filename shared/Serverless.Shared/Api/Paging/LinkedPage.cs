using Microsoft.AspNetCore.Http;

namespace Serverless.Shared.Api.Paging;

/// <summary>A page that is not a JSON array (the reviews' JSON Lines): the answer as it is, plus the next page's Link.</summary>
public sealed class LinkedPage(IResult content, string? nextKey) : IResult, IStatusCodeHttpResult
{
    public string? NextKey { get; } = nextKey;

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        if (NextKey is not null)
        {
            httpContext.Response.Headers.Append("Link", $"<{Page<object>.NextUrl(httpContext.Request, PageRequest.Encode(NextKey))}>; rel=\"next\"");
        }

        return content.ExecuteAsync(httpContext);
    }
}
