using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Serverless.Shared.Api.Contract;
using Serverless.Shared.Api.Paging;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>
/// Reviewers correct a paragraph's labels; the correction outlives re-classification and counts in the summary. The
/// year's corrections can be exported as a labelled set, to measure the classifier on what people checked.
/// </summary>
public static class ReviewsApi
{
    /// <summary>Maps reviewers' corrections, their export and the review suggestions onto the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder api)
    {
        api.MapPut(ApiRoutes.ParagraphLabels, CorrectAsync);
        api.MapDelete(ApiRoutes.ParagraphLabels, WithdrawAsync);
        api.MapMethods(ApiRoutes.Reviews, ApiOperation.ReadMethods, ExportAsync);
        api.MapMethods(ApiRoutes.ReviewSuggestions, ApiOperation.ReadMethods, SuggestAsync);
        return api;
    }

    /// <summary>
    /// <c>PUT /api/documents/{id}/paragraphs/{index}/labels</c> with
    /// <c>{"actionLines": ["C2"], "requestingBodies": ["GA"], "reviewer": "name", "note": "..."}</c>.
    /// </summary>
    public static async Task<Results<Ok<ParagraphView>, BadRequest<ApiProblem>, NotFound<ApiProblem>>> CorrectAsync(
        string id, int index, HttpRequest request, ReviewsServices services, CancellationToken cancellationToken)
    {
        var (body, bodyProblem) = await JsonBody.ReadAsync<LabelCorrectionRequest>(request, cancellationToken);
        if (bodyProblem is not null)
        {
            return ApiProblem.BadRequest(bodyProblem);
        }

        if (body?.ActionLines is null || string.IsNullOrWhiteSpace(body.Reviewer))
        {
            return ApiProblem.BadRequest("Send {\"actionLines\": [...], \"reviewer\": \"your name\"} (requestingBodies and note optional; [] means no action line).");
        }

        if (ReviewerFields.Problem(body.Reviewer, body.Note) is { } fieldProblem)
        {
            return ApiProblem.BadRequest(fieldProblem);
        }

        // A null among the codes passed the look-up below (null is no code, so none was unknown) and was stored as an
        // action line "" that the paragraph, the queries and the export then carried.
        var nullLines = body.ActionLines.Any(c => c is null);
        if (nullLines || body.RequestingBodies?.Any(b => b is null) == true)
        {
            return ApiProblem.BadRequest($"\"{(nullLines ? "actionLines" : "requestingBodies")}\" holds null; give codes such as \"C2\" or \"GA\" ([] for none).");
        }

        var unknownLine = body.ActionLines.FirstOrDefault(code => services.Taxonomy.ActionLines.All(a => a.Code != code));
        if (unknownLine is not null)
        {
            return ApiProblem.BadRequest($"Unknown action line '{unknownLine}'. Known: {string.Join(", ", services.Taxonomy.ActionLines.Select(a => a.Code))}.");
        }

        var unknownBody = body.RequestingBodies?.FirstOrDefault(b => services.Taxonomy.Bodies.All(t => t.Id != b));
        if (unknownBody is not null)
        {
            return ApiProblem.BadRequest($"Unknown body '{unknownBody}'. Known: {string.Join(", ", services.Taxonomy.Bodies.Select(b => b.Id))}.");
        }

        if (await MissingParagraphAsync(id, index, services, cancellationToken) is { } missing)
        {
            return missing;
        }

        var correction = new LabelCorrection(body.ActionLines.Distinct().ToArray(), body.RequestingBodies?.Distinct().ToArray(), body.Reviewer.Trim(), body.Note);
        var row = await services.Reviewer.ReviewAsync(id, index, correction, cancellationToken);
        return row is null ? ApiProblem.NotFound($"Document '{id}' has no paragraph {index}.") : TypedResults.Ok(ParagraphView.From(row));
    }

    /// <summary>Says which is missing, the document or the paragraph (and the paragraphs it has); null when both exist.</summary>
    private static async Task<NotFound<ApiProblem>?> MissingParagraphAsync(string id, int index, ReviewsServices services, CancellationToken cancellationToken)
    {
        var document = DocumentId.IsValid(id) ? await services.Documents.GetAsync(id, cancellationToken) : null;
        if (document is null)
        {
            return ApiProblem.NotFound($"No document has the id '{id}'.");
        }

        if (index < 0 || index >= document.ParagraphCount)
        {
            return ApiProblem.NotFound(document.ParagraphCount == 0
                ? $"Document '{id}' has no paragraphs ({document.Status}{(document.FailureReason is null ? "" : ": " + document.FailureReason)})."
                : $"Document '{id}' has no paragraph {index}; its paragraphs are numbered 0 to {document.ParagraphCount - 1}.");
        }

        return null;
    }

    /// <summary><c>DELETE /api/documents/{id}/paragraphs/{index}/labels</c>: back to the classifier's labels.</summary>
    public static async Task<Results<Ok<ParagraphView>, NotFound<ApiProblem>>> WithdrawAsync(
        string id, int index, ReviewsServices services, CancellationToken cancellationToken)
    {
        if (await MissingParagraphAsync(id, index, services, cancellationToken) is { } missing)
        {
            return missing;
        }

        var row = await services.Reviewer.ReviewAsync(id, index, null, cancellationToken);
        return row is null ? ApiProblem.NotFound($"Document '{id}' has no paragraph {index}.") : TypedResults.Ok(ParagraphView.From(row));
    }

    /// <summary>
    /// <c>GET /api/reviews?year=2025&amp;limit=&amp;continuationToken=</c>: the year's reviewed paragraphs as JSON Lines
    /// (<see cref="ReviewedParagraphLine"/>), in document and paragraph order, a page at a time. Saved to a file,
    /// <c>./wsis eval FILE</c> scores the current classifier against the reviewers' labels.
    /// </summary>
    public static async Task<Results<LinkedPage, BadRequest<ApiProblem>>> ExportAsync(
        string? year, string? limit, string? continuationToken, ReviewsServices services, CancellationToken cancellationToken)
    {
        if (!QueryValues.TryParseYear(year, out var yearValue) || yearValue is null)
        {
            return ApiProblem.BadRequest(string.IsNullOrEmpty(year) ? "Give the year, e.g. /api/reviews?year=2025." : QueryValues.NotAYear(year));
        }

        if (!PageRequest.TryParse(limit, continuationToken, PageKeys.Paragraph, $"reviews year={yearValue}", out var page, out var problem))
        {
            return ApiProblem.BadRequest(problem);
        }

        var reviewed = new List<(ParagraphEntity Row, DocumentEntity Document)>();
        var (afterDocument, afterIndex) = ParagraphsApi.SplitKey(page.After);
        if (afterDocument is not null && await services.Documents.GetAsync(afterDocument, cancellationToken) is { } current)
        {
            await CollectAsync(current, afterIndex);
        }

        await foreach (var document in services.Documents.ListAfterAsync(yearValue, null, afterDocument, cancellationToken))
        {
            if (reviewed.Count > page.Limit)
            {
                break;
            }

            await CollectAsync(document, null);
        }

        using var lines = new MemoryStream();
        foreach (var (row, document) in reviewed.Take(page.Limit))
        {
            JsonSerializer.Serialize(lines, ReviewedParagraphLine.From(row, document), ApiJson.Options);
            lines.WriteByte((byte)'\n');
        }

        var next = reviewed.Count > page.Limit ? reviewed[page.Limit - 1] : default;
        return new LinkedPage(
            TypedResults.File(lines.ToArray(), "application/x-ndjson", $"wsis-reviews-{yearValue}.jsonl"),
            next.Row is null ? null : page.TokenAfter(ParagraphsApi.ParagraphKey(next.Row.PartitionKey, next.Row.Index)));

        async Task CollectAsync(DocumentEntity document, int? after)
        {
            if (!document.HasCorrections)
            {
                return; // Nobody reviewed any of its paragraphs: nothing to read.
            }

            await foreach (var row in services.Paragraphs.ReadAfterAsync(document.PartitionKey, after, cancellationToken))
            {
                if (reviewed.Count > page.Limit)
                {
                    return;
                }

                if (row.IsReviewed)
                {
                    reviewed.Add((row, document));
                }
            }
        }
    }

    /// <summary>
    /// <c>GET /api/reviews/suggestions?year=2025&amp;limit=50&amp;continuationToken=</c>: the year's unreviewed paragraphs
    /// whose labels were the closest calls (<see cref="ReviewSuggestion"/>), closest first: where a reviewer's minute
    /// changes most. The ranking needs every paragraph of the year; a page starts after the previous page's last.
    /// </summary>
    public static async Task<Results<Page<ReviewSuggestion>, BadRequest<ApiProblem>>> SuggestAsync(
        string? year, string? limit, string? continuationToken, ReviewsServices services, CancellationToken cancellationToken)
    {
        if (!QueryValues.TryParseYear(year, out var yearValue) || yearValue is null)
        {
            return ApiProblem.BadRequest(string.IsNullOrEmpty(year) ? "Give the year, e.g. /api/reviews/suggestions?year=2025." : QueryValues.NotAYear(year));
        }

        if (!PageRequest.TryParse(limit, continuationToken, PageKeys.Suggestion, $"reviews/suggestions year={yearValue}", out var page, out var problem, DefaultSuggestions))
        {
            return ApiProblem.BadRequest(problem);
        }

        var suggestions = new List<ReviewSuggestion>();
        var minScore = services.Classifier.MinScore;
        foreach (var document in await services.Documents.ListAsync(yearValue, DocumentStatus.Classified, cancellationToken))
        {
            foreach (var row in await services.Paragraphs.ReadAllAsync(document.PartitionKey, document.HasCorrections, cancellationToken))
            {
                if (ReviewSuggestion.For(row, document, minScore) is { } suggestion)
                {
                    suggestions.Add(suggestion);
                }
            }
        }

        IEnumerable<ReviewSuggestion> ranked = suggestions
            .OrderBy(s => s.Margin)
            .ThenBy(s => s.DocumentId, StringComparer.Ordinal)
            .ThenBy(s => s.Index);
        if (page.After is not null)
        {
            ranked = ranked.SkipWhile(s => !IsAfter(s, page.After));
        }

        return Page<ReviewSuggestion>.From(ranked.Take(page.Limit + 1).ToArray(), page, KeyOf);
    }

    private const int DefaultSuggestions = 50;

    /// <summary>A suggestion's place in the ranking: margin (round-trip), document, paragraph.</summary>
    private static string KeyOf(ReviewSuggestion s) =>
        $"{s.Margin.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}|{s.DocumentId}|{s.Index}";

    private static bool IsAfter(ReviewSuggestion s, string key)
    {
        var parts = key.Split('|');
        if (parts.Length != 3 || !double.TryParse(parts[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var margin)
            || !int.TryParse(parts[2], out var index))
        {
            return true;
        }

        var byMargin = s.Margin.CompareTo(margin);
        var byDocument = string.CompareOrdinal(s.DocumentId, parts[1]);
        return byMargin > 0 || (byMargin == 0 && (byDocument > 0 || (byDocument == 0 && s.Index > index)));
    }
}
