using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Serverless.Shared.Api;

namespace Serverless.Local.Api;

/// <summary>Maps the HTTP API onto Kestrel with the same routes and handlers as the Functions app.</summary>
public static class ApiEndpoints
{
    public static RouteGroupBuilder MapWsisApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/" + ApiRoutes.Prefix);
        api.MapPost(ApiRoutes.Documents, DocumentsApi.UploadAsync);
        api.MapPost(ApiRoutes.DocumentFromUrl, DocumentLinksApi.IngestAsync);
        api.MapGet(ApiRoutes.Documents, (string? year, string? status, string? limit, string? continuationToken, ApiServices services, CancellationToken ct) =>
            DocumentsApi.ListAsync(year, status, limit, continuationToken, services, ct));
        api.MapGet(ApiRoutes.Document, DocumentsApi.GetAsync);
        api.MapPatch(ApiRoutes.Document, DocumentManagementApi.CorrectAsync);
        api.MapDelete(ApiRoutes.Document, (string id, string? reviewer, string? reason, ApiServices services, CancellationToken ct) =>
            DocumentManagementApi.WithdrawAsync(id, reviewer, reason, services, ct));
        api.MapGet(ApiRoutes.DocumentParagraphs, (string id, string? limit, string? continuationToken, ApiServices services, CancellationToken ct) =>
            DocumentsApi.GetParagraphsAsync(id, limit, continuationToken, services, ct));
        api.MapPut(ApiRoutes.ParagraphLabels, ReviewsApi.CorrectAsync);
        api.MapDelete(ApiRoutes.ParagraphLabels, ReviewsApi.WithdrawAsync);
        api.MapGet(ApiRoutes.Reviews, (string? year, string? limit, string? continuationToken, ApiServices services, CancellationToken ct) =>
            ReviewsApi.ExportAsync(year, limit, continuationToken, services, ct));
        api.MapGet(ApiRoutes.ReviewSuggestions, (string? year, string? limit, string? continuationToken, ApiServices services, CancellationToken ct) =>
            ReviewsApi.SuggestAsync(year, limit, continuationToken, services, ct));
        api.MapGet(ApiRoutes.Paragraphs, (HttpRequest request, ApiServices services, CancellationToken ct) =>
            ParagraphsApi.QueryAsync(request.Query["year"], request.Query["actionLine"], request.Query["body"], request.Query["q"],
                request.Query["limit"], request.Query["continuationToken"], services, ct));
        api.MapGet(ApiRoutes.Summary, SummariesApi.GetAsync);
        api.MapGet(ApiRoutes.SummaryReport, (int year, HttpRequest request, ApiServices services, CancellationToken ct) =>
            SummariesApi.GetReportAsync(year, request.Query["format"], request.Query["lang"], request.Query["version"], request.Query["disposition"], services, ct));
        api.MapPost(ApiRoutes.CompileSummary, SummariesApi.CompileAsync);
        api.MapPost(ApiRoutes.Reclassify, (string? year, string? outdated, ApiServices services, CancellationToken ct) =>
            ReclassifyApi.ReclassifyAsync(year, outdated, services, ct));
        api.MapPost(ApiRoutes.Subscriptions, SubscriptionsApi.SubscribeAsync);
        api.MapGet(ApiRoutes.Subscriptions, SubscriptionsApi.ListAsync);
        api.MapDelete(ApiRoutes.Subscription, SubscriptionsApi.UnsubscribeAsync);
        api.MapGet(ApiRoutes.Health, HealthApi.GetAsync);
        api.MapGet(ApiRoutes.Taxonomy, HealthApi.GetTaxonomy);
        api.MapGet(ApiRoutes.OpenApi, OpenApiApi.Get);

        // What no route takes (an unknown path, a wrong method, /summaries/abc) gets a problem saying why.
        api.MapFallback("{**path}", (HttpContext context, string? path) => UnmatchedRequests.Answer(context.Request.Method, path ?? "", context.Response));
        api.AddEndpointFilter(async (context, next) => await next(context) is IResult result ? ProblemResults.AsProblem(result) : null);
        return api;
    }
}
