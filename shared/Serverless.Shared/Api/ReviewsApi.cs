using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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
    /// <summary>
    /// <c>PUT /api/documents/{id}/paragraphs/{index}/labels</c> with
    /// <c>{"actionLines": ["C2"], "requestingBodies": ["GA"], "reviewer": "name", "note": "..."}</c>.
    /// </summary>
    public const int MaxReviewerLength = 200;
    public const int MaxNoteLength = 4000;

    public static async Task<Results<Ok<ParagraphView>, BadRequest<ApiProblem>, NotFound<ApiProblem>>> CorrectAsync(
        string id, int index, HttpRequest request, ApiServices services, CancellationToken cancellationToken)
    {
        var body = await JsonBody.TryReadAsync<LabelCorrectionRequest>(request, cancellationToken);

        if (body?.ActionLines is null || string.IsNullOrWhiteSpace(body.Reviewer))
        {
            return ApiProblem.BadRequest("Send {\"actionLines\": [...], \"reviewer\": \"your name\"} (requestingBodies and note optional; [] means no action line).");
        }

        // A table property holds 64 KB at most; a name or note longer than a person writes is refused, not a 500.
        if (body.Reviewer.Length > MaxReviewerLength || body.Note?.Length > MaxNoteLength)
        {
            return ApiProblem.BadRequest($"The reviewer's name may have at most {MaxReviewerLength} characters and the note at most {MaxNoteLength}.");
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

        var correction = new LabelCorrection(body.ActionLines.Distinct().ToArray(), body.RequestingBodies?.Distinct().ToArray(), body.Reviewer.Trim(), body.Note);
        var row = DocumentId.IsValid(id) ? await services.Reviewer.ReviewAsync(id, index, correction, cancellationToken) : null;
        return row is null ? ApiProblem.NotFound($"Document '{id}' has no paragraph {index}.") : TypedResults.Ok(ParagraphView.From(row));
    }

    /// <summary><c>DELETE /api/documents/{id}/paragraphs/{index}/labels</c>: back to the classifier's labels.</summary>
    public static async Task<Results<Ok<ParagraphView>, NotFound<ApiProblem>>> WithdrawAsync(
        string id, int index, ApiServices services, CancellationToken cancellationToken)
    {
        var row = DocumentId.IsValid(id) ? await services.Reviewer.ReviewAsync(id, index, null, cancellationToken) : null;
        return row is null ? ApiProblem.NotFound($"Document '{id}' has no paragraph {index}.") : TypedResults.Ok(ParagraphView.From(row));
    }

    /// <summary>
    /// <c>GET /api/reviews?year=2025</c>: every reviewed paragraph of the year's documents as JSON Lines
    /// (<see cref="ReviewedParagraphLine"/>), in document and paragraph order. Saved to a file, <c>./wsis eval FILE</c>
    /// scores the current classifier against the reviewers' labels.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, BadRequest<ApiProblem>>> ExportAsync(
        string? year, ApiServices services, CancellationToken cancellationToken)
    {
        if (!QueryValues.TryParseYear(year, out var yearValue) || yearValue is null)
        {
            return ApiProblem.BadRequest("Give the year, e.g. /api/reviews?year=2025.");
        }

        using var lines = new MemoryStream();
        foreach (var document in (await services.Documents.ListAsync(yearValue, status: null, cancellationToken)).OrderBy(d => d.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var row in await services.Paragraphs.ReadAllAsync(document.PartitionKey, cancellationToken))
            {
                if (row.IsReviewed)
                {
                    JsonSerializer.Serialize(lines, ReviewedParagraphLine.From(row, document), ApiJson.Options);
                    lines.WriteByte((byte)'\n');
                }
            }
        }

        return TypedResults.File(lines.ToArray(), "application/x-ndjson", $"wsis-reviews-{yearValue}.jsonl");
    }

    /// <summary>
    /// <c>GET /api/reviews/suggestions?year=2025&amp;limit=50</c>: the year's unreviewed paragraphs whose labels were the
    /// closest calls (<see cref="ReviewSuggestion"/>), closest first: where a reviewer's minute changes most.
    /// </summary>
    public static async Task<Results<Ok<ReviewSuggestion[]>, BadRequest<ApiProblem>>> SuggestAsync(
        string? year, string? limit, ApiServices services, CancellationToken cancellationToken)
    {
        if (!QueryValues.TryParseYear(year, out var yearValue) || yearValue is null)
        {
            return ApiProblem.BadRequest("Give the year, e.g. /api/reviews/suggestions?year=2025.");
        }

        var count = DefaultSuggestions;
        if (limit is not null && (!int.TryParse(limit, out count) || count is < 1 or > MaxSuggestions))
        {
            return ApiProblem.BadRequest($"limit must be a number from 1 to {MaxSuggestions}.");
        }

        var suggestions = new List<ReviewSuggestion>();
        var minScore = services.Classifier.MinScore;
        foreach (var document in await services.Documents.ListAsync(yearValue, DocumentStatus.Classified, cancellationToken))
        {
            foreach (var row in await services.Paragraphs.ReadAllAsync(document.PartitionKey, cancellationToken))
            {
                if (ReviewSuggestion.For(row, document, minScore) is { } suggestion)
                {
                    suggestions.Add(suggestion);
                }
            }
        }

        return TypedResults.Ok(suggestions
            .OrderBy(s => s.Margin)
            .ThenBy(s => s.DocumentId, StringComparer.Ordinal)
            .ThenBy(s => s.Index)
            .Take(count)
            .ToArray());
    }

    private const int DefaultSuggestions = 50;
    private const int MaxSuggestions = 500;
}
