using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Serverless.Shared.Api;

/// <summary>The error body of every route: a title a person can act on, never a stack trace.</summary>
public sealed record ApiProblem(int Status, string Title)
{
    public static BadRequest<ApiProblem> BadRequest(string title) => TypedResults.BadRequest(new ApiProblem(400, title));

    public static NotFound<ApiProblem> NotFound(string title) => TypedResults.NotFound(new ApiProblem(404, title));

    /// <summary>413 for an upload over the limit, in the words of every route that takes a file.</summary>
    public static JsonHttpResult<ApiProblem> TooLarge(long limitBytes) => TypedResults.Json(
        new ApiProblem(413, $"The file is larger than the {limitBytes / 1048576.0:0.#} MB accepted. Split it or upload the text only."),
        statusCode: 413);
}
