using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Serverless.Shared.Api.Paging;

/// <summary>
/// One page of a list: the items as the JSON array the route always answered, and, when more follow, a
/// <c>Link: &lt;...&amp;continuationToken=...&gt;; rel="next"</c> header (RFC 8288) with the same query otherwise.
/// </summary>
public sealed class Page<T>(IReadOnlyList<T> items, string? nextToken) : IResult, IStatusCodeHttpResult, IValueHttpResult<IReadOnlyList<T>>, IValueHttpResult
{
    public IReadOnlyList<T> Items { get; } = items;

    /// <summary>The continuation token of the next page (its list's tag and the key to continue after); null on the last page.</summary>
    public string? NextToken { get; } = nextToken;

    public int? StatusCode => StatusCodes.Status200OK;

    IReadOnlyList<T> IValueHttpResult<IReadOnlyList<T>>.Value => Items;

    object IValueHttpResult.Value => Items;

    /// <summary>The first <c>page.Limit</c> of up to limit + 1 items read; the extra one says another page follows.</summary>
    public static Page<T> From(IReadOnlyList<T> readOneMore, PageRequest page, Func<T, string> key) =>
        readOneMore.Count > page.Limit
            ? new Page<T>(readOneMore.Take(page.Limit).ToArray(), page.TokenAfter(key(readOneMore[page.Limit - 1])))
            : new Page<T>(readOneMore, null);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        if (NextToken is not null)
        {
            httpContext.Response.Headers.Append("Link", $"<{NextUrl(httpContext.Request, NextToken)}>; rel=\"next\"");
        }

        return TypedResults.Ok(Items).ExecuteAsync(httpContext);
    }

    /// <summary>The same path and query, with the continuation token of the next page.</summary>
    public static string NextUrl(HttpRequest request, string token)
    {
        var query = new QueryBuilder(request.Query.Where(q => !q.Key.Equals("continuationToken", StringComparison.OrdinalIgnoreCase)))
        {
            { "continuationToken", token },
        };
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
