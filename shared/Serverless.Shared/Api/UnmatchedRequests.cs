using Microsoft.AspNetCore.Http;
using Serverless.Shared.Api.Contract;

namespace Serverless.Shared.Api;

/// <summary>
/// The answer to a request no route took: a problem that says why, from the route table. A path that is a route with
/// another method gets 405 and the methods allowed (also as the <c>Allow</c> header); a path that is a route but for a
/// value of the wrong kind (<c>/api/summaries/abc</c>) says which value; anything else gets 404 and where the routes
/// are listed. Both hosts send their unmatched requests here, so they answer alike.
/// </summary>
public static class UnmatchedRequests
{
    /// <param name="path">The request path after <c>/api</c>.</param>
    public static IResult Answer(string method, string path, HttpResponse response)
    {
        var display = "/" + ApiRoutes.Prefix + "/" + path.Trim('/');
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var candidates = ApiRouteTable.Matching(path);
        var fitting = candidates.Where(o => o.Segments.Zip(parts).All(p => p.First.Accepts(p.Second))).ToArray();

        if (fitting.Length > 0)
        {
            var allowed = fitting.SelectMany(o => o.Methods).Distinct().ToArray();
            response.Headers.Allow = string.Join(", ", allowed);
            return ApiProblem.WithStatus(405, $"{method} is not allowed on {display}. Allowed: {string.Join(", ", allowed)}.");
        }

        if (candidates.Count > 0)
        {
            var operation = candidates[0];
            var (segment, value) = operation.Segments.Zip(parts).First(p => !p.First.Accepts(p.Second));
            return ApiProblem.WithStatus(404,
                $"'{value}' is not a valid {segment.Name} in {operation.OpenApiPath}: give a whole number{(segment.Name == "year" ? ", e.g. 2025" : ", e.g. 0")}.");
        }

        return ApiProblem.WithStatus(404, $"There is no route {display}. Every route is listed in /{ApiRoutes.Prefix}/{ApiRoutes.OpenApi}.");
    }
}
