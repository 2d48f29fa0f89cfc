using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Api;

namespace Serverless.Functions.Http;

/// <summary>The yearly summaries and their reports (anonymous) and a compile on demand (a function key in Azure), mapped onto <see cref="SummariesApi"/>.</summary>
public sealed class SummariesHttpFunctions(SummariesServices services)
{
    [Function(nameof(GetSummary))]
    public Task<IActionResult> GetSummary(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.Summary)] HttpRequest request, int year) =>
        SummariesApi.GetAsync(year, services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(GetSummaryReport))]
    public Task<IActionResult> GetSummaryReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.SummaryReport)] HttpRequest request, int year) =>
        SummariesApi.GetReportAsync(year, request.Query["format"], request.Query["lang"], request.Query["version"], request.Query["disposition"], services,
            request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(CompileSummaryNow))]
    public Task<IActionResult> CompileSummaryNow(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.CompileSummary)] HttpRequest request, int year) =>
        SummariesApi.CompileAsync(year, services, request.HttpContext.RequestAborted).ToActionResult();
}
