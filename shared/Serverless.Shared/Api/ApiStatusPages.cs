using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Serverless.Shared.Api;

/// <summary>
/// The problem body of answers no handler wrote: an unknown route or a route value of the wrong shape (404), a method
/// the route does not take (405), a body or header the server refused before any handler (413, 431). A portal always
/// gets <see cref="ApiProblem"/>, never an empty body.
/// </summary>
public static class ApiStatusPages
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var response = context.HttpContext.Response;
        if (response.HasStarted || response.ContentLength > 0 || !string.IsNullOrEmpty(response.ContentType))
        {
            return Task.CompletedTask;
        }

        var title = response.StatusCode switch
        {
            404 => $"Nothing is at {context.HttpContext.Request.Path}: check the route and that ids and indexes have the right form (the README lists every route).",
            405 => $"{context.HttpContext.Request.Method} is not accepted on {context.HttpContext.Request.Path}.",
            413 => "The request body is larger than accepted.",
            431 => "The request headers are too large.",
            _ => $"The request could not be served ({response.StatusCode}).",
        };
        return response.WriteAsJsonAsync(new ApiProblem(response.StatusCode, title), ApiJson.Options, "application/problem+json");
    }
}
