using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Api;

namespace Serverless.Functions.Http;

/// <summary>
/// Takes what no other route takes (the host gives a catch-all the lowest precedence): an unknown path, a wrong
/// method, a route value of the wrong kind. Without it the host answers an empty 404; with it, the same problem as the
/// local host (<see cref="UnmatchedRequests"/>).
/// </summary>
public sealed class UnmatchedHttpFunction
{
    public const string Route = "{*path}";

    [Function(nameof(Unmatched))]
    public IActionResult Unmatched(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "patch", "delete", "head", Route = Route)] HttpRequest request, string? path) =>
        UnmatchedRequests.Answer(request.Method, path ?? "", request.HttpContext.Response).ToActionResult();
}
