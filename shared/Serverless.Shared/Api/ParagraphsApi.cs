using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Serverless.Shared.Api.Contract;
using Serverless.Shared.Api.Paging;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>
/// Paragraphs across documents, by year and action line, body or words. A label filter reads the year's index rows and
/// the paragraphs they point at; a word search alone reads the year's documents.
/// </summary>
public static class ParagraphsApi
{
    /// <summary>Maps <c>GET /api/paragraphs</c> onto the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapParagraphsApi(this IEndpointRouteBuilder api)
    {
        api.MapMethods(ApiRoutes.Paragraphs, ApiOperation.ReadMethods, QueryAsync);
        return api;
    }

    /// <summary>
    /// <c>GET /api/paragraphs?year=2025&amp;actionLine=C7&amp;body=GA&amp;q=broadband&amp;limit=&amp;continuationToken=</c>
    /// (year and one of actionLine, body and q required), in document and paragraph order.
    /// </summary>
    public static async Task<Results<Page<ParagraphHit>, BadRequest<ApiProblem>>> QueryAsync(
        string? year, string? actionLine, string? body, string? q, string? limit, string? continuationToken, ParagraphsServices services, CancellationToken cancellationToken)
    {
        if (!QueryValues.TryParseYear(year, out var yearValue) || yearValue is null)
        {
            return ApiProblem.BadRequest(string.IsNullOrEmpty(year)
                ? "Give the year, e.g. /api/paragraphs?year=2025&actionLine=C2."
                : QueryValues.NotAYear(year, "/api/paragraphs?year=2025&actionLine=C2"));
        }

        var words = TextQuery.Parse(q);
        if (string.IsNullOrEmpty(actionLine) && string.IsNullOrEmpty(body) && words is null)
        {
            return ApiProblem.BadRequest("Give an action line (actionLine=C2, C7.4...), a requesting body (body=GA, ECOSOC...) or words to find (q=broadband).");
        }

        var line = services.Taxonomy.ActionLines.FirstOrDefault(a => a.Code.Equals(actionLine, StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrEmpty(actionLine) && line is null)
        {
            return ApiProblem.BadRequest($"Unknown action line '{actionLine}'. Known: {string.Join(", ", services.Taxonomy.ActionLines.Select(a => a.Code))}.");
        }

        var bodyId = services.Taxonomy.Bodies.FirstOrDefault(b => b.Id.Equals(body, StringComparison.OrdinalIgnoreCase))?.Id;
        if (!string.IsNullOrEmpty(body) && bodyId is null)
        {
            return ApiProblem.BadRequest($"Unknown body '{body}'. Known: {string.Join(", ", services.Taxonomy.Bodies.Select(b => b.Id))}.");
        }

        if (!PageRequest.TryParse(limit, continuationToken, PageKeys.Paragraph, $"paragraphs year={yearValue} actionLine={line?.Code} body={bodyId} q={q}", out var page, out var problem))
        {
            return ApiProblem.BadRequest(problem);
        }

        IReadOnlyList<ParagraphHit> hits;
        if (line is not null || bodyId is not null)
        {
            // A parent line (C7) includes its sub-lines (C7.1..C7.8), as in the summary.
            var codes = line is null
                ? null
                : services.Taxonomy.ActionLines.Where(a => a.Code == line.Code || a.Parent == line.Code).Select(a => a.Code).ToArray();
            hits = await IndexSearch.ReadAsync(
                services.Index, services.Paragraphs, yearValue.Value, codes, bodyId, page, row => words is null || words.Matches(row.Text), cancellationToken);
        }
        else
        {
            hits = await SearchDocumentsAsync(yearValue.Value, words!, page, services, cancellationToken);
        }

        return Page<ParagraphHit>.From(hits, page, h => ParagraphKey(h.DocumentId, h.Index));
    }

    /// <summary>Every paragraph of the year's documents but the withdrawn and the later renditions, labelled or not, that holds the words; up to a page and one more.</summary>
    private static async Task<IReadOnlyList<ParagraphHit>> SearchDocumentsAsync(
        int year, TextQuery words, PageRequest page, ParagraphsServices services, CancellationToken cancellationToken)
    {
        var hits = new List<ParagraphHit>();
        var (afterDocument, afterIndex) = SplitKey(page.After);
        if (afterDocument is not null && await services.Documents.GetAsync(afterDocument, cancellationToken) is { } current)
        {
            await CollectAsync(current, afterIndex);
        }

        await foreach (var document in services.Documents.ListAfterAsync(year, null, afterDocument, cancellationToken))
        {
            if (hits.Count > page.Limit)
            {
                break;
            }

            await CollectAsync(document, null);
        }

        return hits;

        async Task CollectAsync(DocumentEntity document, int? after)
        {
            // A withdrawn document (by a person, or replaced by its newer version) has left the queries; a later
            // rendition (the same text as PDF, DOCX or HTML) would list each paragraph of its first rendition again,
            // which the label queries, from the year's index, list once.
            if (document.StatusValue == DocumentStatus.Withdrawn || document.RenditionOf is not null)
            {
                return;
            }

            await foreach (var row in services.Paragraphs.ReadAfterAsync(document.PartitionKey, after, cancellationToken))
            {
                if (hits.Count > page.Limit)
                {
                    return;
                }

                if (words.Matches(row.Text))
                {
                    hits.Add(ParagraphHit.From(row, document.Entity));
                }
            }
        }
    }

    /// <summary>A paragraph's paging key: <c>{document id}-{index}</c>, in document and paragraph order.</summary>
    internal static string ParagraphKey(string documentId, int index) => $"{documentId}-{ParagraphEntity.RowKeyFor(index)}";

    /// <summary>A paragraph key <c>{document id}-{index}</c> split in two; (null, null) for the first page.</summary>
    internal static (string? DocumentId, int? Index) SplitKey(string? key)
    {
        var dash = key?.LastIndexOf('-') ?? -1;
        return dash > 0 && int.TryParse(key![(dash + 1)..], out var index) ? (key[..dash], index) : (null, null);
    }
}
