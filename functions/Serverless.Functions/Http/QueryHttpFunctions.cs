using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Api;

namespace Serverless.Functions.Http;

/// <summary>
/// Paragraph queries, reviewers' corrections as a labelled set, summaries, health and taxonomy, mapped onto the shared handlers. Queries are anonymous; starting
/// a compile or a re-classification needs a function key in Azure.
/// </summary>
public sealed class QueryHttpFunctions(ApiServices services)
{
    [Function(nameof(QueryParagraphs))]
    public Task<IActionResult> QueryParagraphs(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Paragraphs)] HttpRequest request) =>
        ParagraphsApi.QueryAsync(request.Query["year"], request.Query["actionLine"], request.Query["body"], request.Query["q"],
                request.Query["limit"], request.Query["continuationToken"], services, request.HttpContext.RequestAborted)
            .ToActionResult();

    [Function(nameof(ExportReviews))]
    public Task<IActionResult> ExportReviews(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Reviews)] HttpRequest request) =>
        ReviewsApi.ExportAsync(request.Query["year"], request.Query["limit"], request.Query["continuationToken"], services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(SuggestReviews))]
    public Task<IActionResult> SuggestReviews(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.ReviewSuggestions)] HttpRequest request) =>
        ReviewsApi.SuggestAsync(request.Query["year"], request.Query["limit"], request.Query["continuationToken"], services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(GetSummary))]
    public Task<IActionResult> GetSummary(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Summary)] HttpRequest request, int year) =>
        SummariesApi.GetAsync(year, services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(GetSummaryReport))]
    public Task<IActionResult> GetSummaryReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.SummaryReport)] HttpRequest request, int year) =>
        SummariesApi.GetReportAsync(year, request.Query["format"], request.Query["lang"], request.Query["version"], request.Query["disposition"], services,
            request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(CompileSummaryNow))]
    public Task<IActionResult> CompileSummaryNow(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.CompileSummary)] HttpRequest request, int year) =>
        SummariesApi.CompileAsync(year, services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(ReclassifyDocuments))]
    public Task<IActionResult> ReclassifyDocuments(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.Reclassify)] HttpRequest request) =>
        ReclassifyApi.ReclassifyAsync(request.Query["year"], request.Query["outdated"], services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(Health))]
    public Task<IActionResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Health)] HttpRequest request) =>
        HealthApi.GetAsync(services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(GetTaxonomy))]
    public IActionResult GetTaxonomy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Taxonomy)] HttpRequest request) =>
        HealthApi.GetTaxonomy(services).ToActionResult();

    [Function(nameof(GetOpenApiDocument))]
    public IActionResult GetOpenApiDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.OpenApi)] HttpRequest request) =>
        OpenApiApi.Get().ToActionResult();
}
