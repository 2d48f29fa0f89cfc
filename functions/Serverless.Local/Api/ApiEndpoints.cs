using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Serverless.Shared.Api;

namespace Serverless.Local.Api;

/// <summary>
/// Maps the HTTP API onto Kestrel: each area maps its own routes beside its handlers (<c>Map&lt;Area&gt;Api</c> in
/// <c>shared/Serverless.Shared/Api</c>), the same handlers the Functions app's HTTP triggers call.
/// </summary>
public static class ApiEndpoints
{
    public static RouteGroupBuilder MapWsisApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/" + ApiRoutes.Prefix);
        api.MapDocumentsApi();
        api.MapDocumentLinksApi();
        api.MapDocumentManagementApi();
        api.MapParagraphsApi();
        api.MapReviewsApi();
        api.MapSummariesApi();
        api.MapReclassifyApi();
        api.MapSubscriptionsApi();
        api.MapHealthApi();
        api.MapOpenApiApi();

        // What no route takes (an unknown path, a wrong method, /summaries/abc) gets a problem saying why.
        api.MapFallback("{**path}", (HttpContext context, string? path) => UnmatchedRequests.Answer(context.Request.Method, path ?? "", context.Response));
        api.AddEndpointFilter(async (context, next) => await next(context) is IResult result ? ProblemResults.AsProblem(result) : null);
        return api;
    }
}
