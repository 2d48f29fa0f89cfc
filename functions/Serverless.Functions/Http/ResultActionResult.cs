using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Serverless.Shared.Api;

namespace Serverless.Functions.Http;

/// <summary>
/// Lets a function return the shared handlers' minimal-API results: the ASP.NET Core integration executes
/// <see cref="IActionResult"/>, and this one executes the <see cref="IResult"/> against the same HttpContext
/// (problems as <c>application/problem+json</c>, as in the local host).
/// </summary>
internal sealed class ResultActionResult(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => ProblemResults.AsProblem(result).ExecuteAsync(context.HttpContext);
}

internal static class ResultExtensions
{
    public static IActionResult ToActionResult(this IResult result) => new ResultActionResult(result);

    public static async Task<IActionResult> ToActionResult<T>(this Task<T> result) where T : IResult =>
        new ResultActionResult(await result);
}
