using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Serverless.Shared.Api;

/// <summary>
/// The error body of every route, as RFC 9457 problem details (<c>application/problem+json</c>): <c>type</c> (the
/// HTTP status's definition), <c>status</c>, and a <c>title</c> a person can act on, saying what is wrong and what is
/// allowed; never a stack trace. The title carries the whole message, as the API always answered <c>{status, title}</c>.
/// </summary>
public sealed class ApiProblem : ProblemDetails
{
    public const string ContentType = "application/problem+json";

    [JsonConstructor]
    public ApiProblem()
    {
    }

    public ApiProblem(int status, string title)
    {
        Status = status;
        Title = title;
        Type = TypeOf(status);
    }

    public static BadRequest<ApiProblem> BadRequest(string title) => TypedResults.BadRequest(new ApiProblem(400, title));

    public static NotFound<ApiProblem> NotFound(string title) => TypedResults.NotFound(new ApiProblem(404, title));

    /// <summary>413 for an upload over the limit, in the words of every route that takes a file.</summary>
    public static JsonHttpResult<ApiProblem> TooLarge(long limitBytes) =>
        WithStatus(413, $"The file is larger than the {limitBytes / 1048576.0:0.#} MB accepted. Split it or upload the text only.");

    /// <summary>Any other status, e.g. 405, 413, 502.</summary>
    public static JsonHttpResult<ApiProblem> WithStatus(int status, string title) =>
        TypedResults.Json(new ApiProblem(status, title), contentType: ContentType, statusCode: status);

    /// <summary>The section of RFC 9110 that defines the status, the usual <c>type</c> of a problem with no type of its own.</summary>
    public static string TypeOf(int status) => status switch
    {
        400 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        403 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
        404 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        405 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        409 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
        412 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13",
        413 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
        415 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16",
        500 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
        502 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3",
        503 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
        504 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5",
        _ => "about:blank",
    };
}
