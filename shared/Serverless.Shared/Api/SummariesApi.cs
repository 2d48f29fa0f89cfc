using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Serverless.Shared.Api.Caching;
using Serverless.Shared.Api.Contract;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;
using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Report;

namespace Serverless.Shared.Api;

/// <summary>The compiled yearly summaries, and compiling one on demand.</summary>
public static class SummariesApi
{
    /// <summary>Maps the summary, its report and the on-demand compile onto the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapSummariesApi(this IEndpointRouteBuilder api)
    {
        api.MapMethods(ApiRoutes.Summary, ApiOperation.ReadMethods, GetAsync);
        api.MapMethods(ApiRoutes.SummaryReport, ApiOperation.ReadMethods, GetReportAsync);
        api.MapPost(ApiRoutes.CompileSummary, CompileAsync);
        return api;
    }

    /// <summary><c>GET /api/summaries/{year}</c>: the current version of the year's summary.</summary>
    public static async Task<Results<Conditional<YearSummary>, BadRequest<ApiProblem>, NotFound<ApiProblem>>> GetAsync(
        int year, SummariesServices services, CancellationToken cancellationToken)
    {
        if (!UploadPath.IsYear(year))
        {
            return NotAYear(year, $"/api/summaries/2025");
        }

        var summary = await services.Summaries.ReadAsync(year, cancellationToken);
        if (summary is not null)
        {
            return Conditional<YearSummary>.Of(summary);
        }

        var failure = await services.Summaries.GetFailureAsync(year, cancellationToken);
        return ApiProblem.NotFound(failure is null
            ? $"The summary of {year} has not been compiled yet. POST /api/summaries/{year}/compile to compile it."
            : $"The summary of {year} could not be compiled: {failure}");
    }

    /// <summary><c>POST /api/summaries/{year}/compile</c>: queues a compile and answers 202 at once.</summary>
    public static async Task<Results<Accepted<CompileAccepted>, BadRequest<ApiProblem>>> CompileAsync(
        int year, SummariesServices services, CancellationToken cancellationToken)
    {
        if (!UploadPath.IsYear(year))
        {
            return NotAYear(year, $"/api/summaries/2025/compile");
        }

        await services.Queue.SendAsync(new CompileRequest(year, "api"), cancellationToken);
        var url = $"/api/summaries/{year}";
        return TypedResults.Accepted(url, new CompileAccepted(year, url));
    }

    /// <summary>
    /// <c>GET /api/summaries/{year}/report?format=md|html|docx&amp;lang=fr|en&amp;version=&amp;disposition=inline</c>: the
    /// rendered draft, by default in Markdown and the year's majority language, as a download unless shown inline. With
    /// the summary's version it is that version's report for good (cached a year); a version no longer current is 404.
    /// </summary>
    public static async Task<Results<ConditionalFile, BadRequest<ApiProblem>, NotFound<ApiProblem>>> GetReportAsync(
        int year, string? format, string? lang, string? version, string? disposition, SummariesServices services, CancellationToken cancellationToken)
    {
        if (!UploadPath.IsYear(year))
        {
            return NotAYear(year, $"/api/summaries/2025/report");
        }

        var writer = services.ReportWriters.FirstOrDefault(w => w.Extension.Equals(format ?? "md", StringComparison.OrdinalIgnoreCase)
            || (format == "markdown" && w.Extension == "md"));
        if (writer is null)
        {
            return ApiProblem.BadRequest($"Unknown format '{format}'. Use one of: {string.Join(", ", services.ReportWriters.Select(w => w.Extension))}.");
        }

        if (lang is not null && !ReportRenderer.Languages.Contains(lang))
        {
            return ApiProblem.BadRequest($"Unknown language '{lang}'. Use one of: {string.Join(", ", ReportRenderer.Languages)}.");
        }

        if (disposition is not null && disposition is not ("inline" or "attachment"))
        {
            return ApiProblem.BadRequest($"Unknown disposition '{disposition}'. Use inline (shown in the browser) or attachment (downloaded).");
        }

        if (version is not null && await services.Summaries.GetVersionAsync(year, cancellationToken) is var current && current != version)
        {
            return ApiProblem.NotFound(current is null
                ? $"No report for {year} yet. POST /api/summaries/{year}/compile to compile it."
                : $"The report of {year} is now of version {current}, not {version}; only the current version is kept.");
        }

        var content = await services.Reports.ReadAsync(ReportStore.BlobName(year, writer.Extension, lang), cancellationToken);
        return content is null
            ? ApiProblem.NotFound($"No report for {year} yet. POST /api/summaries/{year}/compile to compile it.")
            : new ConditionalFile(content, writer.ContentType, $"wsis-summary-{year}{(lang is null ? "" : "." + lang)}.{writer.Extension}",
                versioned: version is not null, inline: disposition == "inline");
    }

    // A year no document can hold is the caller's mistake: saying "not compiled yet, POST a compile" would send them to
    // a compile that refuses it.
    private static BadRequest<ApiProblem> NotAYear(int year, string example) =>
        ApiProblem.BadRequest(QueryValues.NotAYear(year.ToString(System.Globalization.CultureInfo.InvariantCulture), example));
}
