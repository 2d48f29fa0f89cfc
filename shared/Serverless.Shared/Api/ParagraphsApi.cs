using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>Paragraphs across documents, by year and action line or body: one index partition per query.</summary>
public static class ParagraphsApi
{
    /// <summary><c>GET /api/paragraphs?year=2025&amp;actionLine=C2&amp;body=GA</c> (year and one of the two filters required).</summary>
    public static async Task<Results<Ok<IReadOnlyList<ParagraphHit>>, BadRequest<ApiProblem>>> QueryAsync(
        string? year, string? actionLine, string? body, ApiServices services, CancellationToken cancellationToken)
    {
        if (!QueryValues.TryParseYear(year, out var yearValue) || yearValue is null)
        {
            return ApiProblem.BadRequest("Give the year, e.g. /api/paragraphs?year=2025&actionLine=C2.");
        }

        if (string.IsNullOrEmpty(actionLine) && string.IsNullOrEmpty(body))
        {
            return ApiProblem.BadRequest("Give an action line (actionLine=C2, C7.4...) or a requesting body (body=GA, ECOSOC...).");
        }

        if (!string.IsNullOrEmpty(actionLine) && services.Taxonomy.ActionLines.All(a => !a.Code.Equals(actionLine, StringComparison.OrdinalIgnoreCase)))
        {
            return ApiProblem.BadRequest($"Unknown action line '{actionLine}'. Known: {string.Join(", ", services.Taxonomy.ActionLines.Select(a => a.Code))}.");
        }

        if (!string.IsNullOrEmpty(body) && services.Taxonomy.Bodies.All(b => !b.Id.Equals(body, StringComparison.OrdinalIgnoreCase)))
        {
            return ApiProblem.BadRequest($"Unknown body '{body}'. Known: {string.Join(", ", services.Taxonomy.Bodies.Select(b => b.Id))}.");
        }

        var partition = string.IsNullOrEmpty(actionLine)
            ? ParagraphIndexEntity.BodyPartition(yearValue.Value, body!.ToUpperInvariant())
            : ParagraphIndexEntity.ActionLinePartition(yearValue.Value, actionLine.ToUpperInvariant());
        var rows = await services.Index.QueryAsync(partition, cancellationToken);
        IReadOnlyList<ParagraphHit> hits = rows
            .Select(ParagraphHit.From)
            .Where(h => string.IsNullOrEmpty(body) || h.RequestingBodies.Contains(body, StringComparer.OrdinalIgnoreCase))
            .ToArray();
        return TypedResults.Ok(hits);
    }
}
