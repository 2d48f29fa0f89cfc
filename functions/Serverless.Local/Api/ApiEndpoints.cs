using Microsoft.AspNetCore.Builder;
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
        api.MapGet(ApiRoutes.Documents, (string? year, string? status, ApiServices services, CancellationToken ct) =>
            DocumentsApi.ListAsync(year, status, services, ct));
        api.MapGet(ApiRoutes.Document, DocumentsApi.GetAsync);
        api.MapGet(ApiRoutes.DocumentParagraphs, DocumentsApi.GetParagraphsAsync);
        api.MapPut(ApiRoutes.ParagraphLabels, ReviewsApi.CorrectAsync);
        api.MapDelete(ApiRoutes.ParagraphLabels, ReviewsApi.WithdrawAsync);
        api.MapGet(ApiRoutes.Reviews, (string? year, ApiServices services, CancellationToken ct) => ReviewsApi.ExportAsync(year, services, ct));
        api.MapGet(ApiRoutes.ReviewSuggestions, (string? year, string? limit, ApiServices services, CancellationToken ct) =>
            ReviewsApi.SuggestAsync(year, limit, services, ct));
        api.MapGet(ApiRoutes.Paragraphs, (string? year, string? actionLine, string? body, ApiServices services, CancellationToken ct) =>
            ParagraphsApi.QueryAsync(year, actionLine, body, services, ct));
        api.MapGet(ApiRoutes.Summary, SummariesApi.GetAsync);
        api.MapGet(ApiRoutes.SummaryReport, (int year, string? format, string? lang, ApiServices services, CancellationToken ct) =>
            SummariesApi.GetReportAsync(year, format, lang, services, ct));
        api.MapPost(ApiRoutes.CompileSummary, SummariesApi.CompileAsync);
        api.MapPost(ApiRoutes.Reclassify, (string? year, string? outdated, ApiServices services, CancellationToken ct) =>
            ReclassifyApi.ReclassifyAsync(year, outdated, services, ct));
        api.MapPost(ApiRoutes.Subscriptions, SubscriptionsApi.SubscribeAsync);
        api.MapGet(ApiRoutes.Subscriptions, SubscriptionsApi.ListAsync);
        api.MapDelete(ApiRoutes.Subscription, SubscriptionsApi.UnsubscribeAsync);
        api.MapGet(ApiRoutes.Health, HealthApi.GetAsync);
        api.MapGet(ApiRoutes.Taxonomy, HealthApi.GetTaxonomy);
        return api;
    }
}
