using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>Upload documents, follow their status, read their paragraphs.</summary>
public static class DocumentsApi
{
    /// <summary>
    /// <c>POST /api/documents?name=&amp;year=&amp;entity=</c> with the file as the raw body (the three values may
    /// also come as headers). Stores the upload in the intake container; the pipeline takes it from there.
    /// </summary>
    public static async Task<Results<Accepted<UploadAccepted>, BadRequest<ApiProblem>, JsonHttpResult<ApiProblem>>> UploadAsync(
        HttpRequest request, ApiServices services, CancellationToken cancellationToken)
    {
        int? year = null;
        if (Value(request, "year") is { } yearText)
        {
            if (!UploadPath.TryParseYear(yearText, out var parsed))
            {
                return ApiProblem.BadRequest($"'{yearText}' is not a year; give four digits, e.g. year=2025.");
            }

            year = parsed;
        }

        var entity = Value(request, "entity")?.Trim();
        if (!string.IsNullOrEmpty(entity) && UploadNames.EntityProblem(entity) is { } entityProblem)
        {
            return ApiProblem.BadRequest(entityProblem);
        }

        var body = await UploadBody.ReadAsync(request, services.Pipeline.MaxDocumentBytes, cancellationToken);
        if (body.Problem is not null)
        {
            return ApiProblem.BadRequest(body.Problem);
        }

        if (body.Content is null)
        {
            return ApiProblem.TooLarge(services.Pipeline.MaxDocumentBytes);
        }

        var given = Value(request, "name") ?? body.FormFileName;
        var name = UploadNames.CleanFileName(given);
        if (name is null)
        {
            return ApiProblem.BadRequest(string.IsNullOrWhiteSpace(given)
                ? "Give the file name, e.g. POST /api/documents?name=report.pdf (or a 'name' header)."
                : $"'{UploadNames.ForLog(given)}' is not a file name; give one such as report.pdf.");
        }

        var receipt = await services.Intake.AcceptAsync(
            new IntakeRequest(name, body.Content, year, string.IsNullOrEmpty(entity) ? null : entity, body.ContentType), cancellationToken);
        return UploadAccepted.From(receipt);
    }

    /// <summary><c>GET /api/documents?year=&amp;status=</c></summary>
    public static async Task<Results<Ok<IReadOnlyList<DocumentRecord>>, BadRequest<ApiProblem>>> ListAsync(
        string? year, string? status, ApiServices services, CancellationToken cancellationToken)
    {
        if (!QueryValues.TryParseYear(year, out var yearFilter))
        {
            return ApiProblem.BadRequest($"'{year}' is not a year; give four digits, e.g. year=2025.");
        }

        DocumentStatus? statusFilter = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<DocumentStatus>(status, ignoreCase: true, out var parsed))
            {
                return ApiProblem.BadRequest($"Unknown status '{status}'. Use one of: {string.Join(", ", Enum.GetNames<DocumentStatus>())}.");
            }

            statusFilter = parsed;
        }

        var rows = await services.Documents.ListAsync(yearFilter, statusFilter, cancellationToken);
        IReadOnlyList<DocumentRecord> records = rows.Select(r => r.ToRecord()).OrderByDescending(r => r.ReceivedAt).ToArray();
        return TypedResults.Ok(records);
    }

    /// <summary><c>GET /api/documents/{id}</c></summary>
    public static async Task<Results<Ok<DocumentRecord>, NotFound<ApiProblem>>> GetAsync(
        string id, ApiServices services, CancellationToken cancellationToken)
    {
        var row = DocumentId.IsValid(id) ? await services.Documents.GetAsync(id, cancellationToken) : null;
        return row is null ? ApiProblem.NotFound($"No document has the id '{id}'.") : TypedResults.Ok(row.ToRecord());
    }

    /// <summary><c>GET /api/documents/{id}/paragraphs</c>: every paragraph in order, with its labels and evidence.</summary>
    public static async Task<Results<Ok<IReadOnlyList<ParagraphView>>, NotFound<ApiProblem>>> GetParagraphsAsync(
        string id, ApiServices services, CancellationToken cancellationToken)
    {
        if (!DocumentId.IsValid(id) || await services.Documents.GetAsync(id, cancellationToken) is null)
        {
            return ApiProblem.NotFound($"No document has the id '{id}'.");
        }

        var rows = await services.Paragraphs.ReadAllAsync(id, cancellationToken);
        IReadOnlyList<ParagraphView> views = rows.Select(ParagraphView.From).ToArray();
        return TypedResults.Ok(views);
    }

    private static string? Value(HttpRequest request, string key) =>
        request.Query.TryGetValue(key, out var query) && !string.IsNullOrEmpty(query) ? query.ToString()
        : request.Headers.TryGetValue(key, out var header) && !string.IsNullOrEmpty(header) ? header.ToString()
        : null;
}
