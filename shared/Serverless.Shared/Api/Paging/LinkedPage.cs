using Microsoft.AspNetCore.Http;

namespace Serverless.Shared.Api.Paging;

/// <summary>A page that is not a JSON array (the reviews' JSON Lines): the answer as it is, plus the next page's Link.</summary>
public sealed class LinkedPage(IResult content, string? nextToken) : IResult, IStatusCodeHttpResult
{
    public string? NextToken { get; } = nextToken;

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        if (NextToken is not null)
        {
            httpContext.Response.Headers.Append("Link", $"<{Page<object>.NextUrl(httpContext.Request, NextToken)}>; rel=\"next\"");
        }

        return content.ExecuteAsync(httpContext);
    }
}
