using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Serverless.Shared.Api;

/// <summary>
/// Every error of the API is an <see cref="ApiProblem"/>, but ASP.NET Core's typed results (<c>BadRequest&lt;T&gt;</c>,
/// <c>NotFound&lt;T&gt;</c>) write any value as <c>application/json</c>. Each host passes the handlers' results through
/// here once, so a problem goes out as <c>application/problem+json</c> (RFC 9457) without each handler saying so.
/// </summary>
public static class ProblemResults
{
    public static IResult AsProblem(IResult result)
    {
        var inner = result;
        while (inner is INestedHttpResult nested)
        {
            inner = nested.Result;
        }

        return inner is IValueHttpResult { Value: ApiProblem problem } and IStatusCodeHttpResult { StatusCode: { } status }
            ? TypedResults.Json(problem, ApiJson.Options, ApiProblem.ContentType, status)
            : result;
    }
}
