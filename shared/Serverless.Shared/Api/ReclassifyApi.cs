using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>Classifying stored paragraphs again, e.g. after a taxonomy change.</summary>
public static class ReclassifyApi
{
    /// <summary>Maps <c>POST /api/reclassify</c> onto the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapReclassifyApi(this IEndpointRouteBuilder api)
    {
        api.MapPost(ApiRoutes.Reclassify, ReclassifyAsync);
        return api;
    }

    /// <summary>
    /// <c>POST /api/reclassify?year=2025</c> (no year: every document; <c>outdated=true</c>: only documents classified
    /// with an earlier taxonomy): queues a re-classification of stored paragraphs, e.g. after a taxonomy change; 202
    /// with the list of documents to follow.
    /// </summary>
    public static async Task<Results<Accepted<ReclassifyAccepted>, BadRequest<ApiProblem>>> ReclassifyAsync(
        string? year, string? outdated, PipelineQueue queue, CancellationToken cancellationToken)
    {
        if (!QueryValues.TryParseYear(year, out var yearValue))
        {
            return ApiProblem.BadRequest(QueryValues.NotAYear(year, "year=2025, or no year for every document"));
        }

        var onlyOutdated = false;
        if (outdated is not null && !bool.TryParse(outdated, out onlyOutdated))
        {
            return ApiProblem.BadRequest($"'{outdated}' is not true or false: outdated=true re-classifies only documents classified with an earlier taxonomy.");
        }

        await queue.SendAsync(new ReclassifyRequest(yearValue, "api", onlyOutdated), cancellationToken);
        var progress = yearValue is null ? "/api/documents?status=Classifying" : $"/api/documents?year={yearValue}&status=Classifying";
        return TypedResults.Accepted(progress, new ReclassifyAccepted(yearValue, progress));
    }
}
