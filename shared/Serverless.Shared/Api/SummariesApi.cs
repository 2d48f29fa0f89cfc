using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;
using Serverless.Shared.Summary;

namespace Serverless.Shared.Api;

/// <summary>The compiled yearly summaries, and compiling one on demand.</summary>
public static class SummariesApi
{
    /// <summary><c>GET /api/summaries/{year}</c>: the current version of the year's summary.</summary>
    public static async Task<Results<Ok<YearSummary>, NotFound<ApiProblem>>> GetAsync(
        int year, ApiServices services, CancellationToken cancellationToken)
    {
        var summary = await services.Summaries.ReadAsync(year, cancellationToken);
        return summary is null
            ? ApiProblem.NotFound($"The summary of {year} has not been compiled yet. POST /api/summaries/{year}/compile to compile it.")
            : TypedResults.Ok(summary);
    }

    /// <summary><c>POST /api/summaries/{year}/compile</c>: queues a compile and answers 202 at once.</summary>
    public static async Task<Results<Accepted<CompileAccepted>, BadRequest<ApiProblem>>> CompileAsync(
        int year, ApiServices services, CancellationToken cancellationToken)
    {
        if (!UploadPath.TryParseYear(year.ToString(), out _))
        {
            return ApiProblem.BadRequest($"'{year}' is not a year the platform compiles.");
        }

        await services.Storage.Queue(StorageNames.CompileQueue)
            .SendMessageAsync(PipelineMessages.Serialize(new CompileRequest(year, "api")), cancellationToken);
        var url = $"/api/summaries/{year}";
        return TypedResults.Accepted(url, new CompileAccepted(year, url));
    }
}
