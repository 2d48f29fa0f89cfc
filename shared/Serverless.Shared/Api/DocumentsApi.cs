using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Serverless.Shared.Api.Caching;
using Serverless.Shared.Api.Contract;
using Serverless.Shared.Api.Paging;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>Upload documents, follow their status, read their paragraphs.</summary>
public static class DocumentsApi
{
    /// <summary>Maps the routes of uploaded documents onto the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder api)
    {
        api.MapPost(ApiRoutes.Documents, UploadAsync);
        api.MapMethods(ApiRoutes.Documents, ApiOperation.ReadMethods, ListAsync);
        api.MapMethods(ApiRoutes.Document, ApiOperation.ReadMethods, GetAsync);
        api.MapMethods(ApiRoutes.DocumentParagraphs, ApiOperation.ReadMethods, GetParagraphsAsync);
        return api;
    }

    /// <summary>
    /// <c>POST /api/documents?name=&amp;year=&amp;entity=</c> with the file as the raw body (the three values may
    /// also come as headers). Stores the upload in the intake container; the pipeline takes it from there.
    /// </summary>
    public static async Task<Results<Accepted<UploadAccepted>, BadRequest<ApiProblem>, JsonHttpResult<ApiProblem>>> UploadAsync(
        HttpRequest request, DocumentsServices services, CancellationToken cancellationToken)
    {
        if (!UploadMetadataValidator.TryRead(Value(request, "year"), Value(request, "entity"), "year=2025", out var year, out var entity, out var problem))
        {
            return ApiProblem.BadRequest(problem);
        }

        var (replaces, replacesProblem) = await ReplacedDocumentCheck.ReadAsync(Value(request, "replaces"), services.Documents, cancellationToken);
        if (replacesProblem is not null)
        {
            return ApiProblem.BadRequest(replacesProblem);
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
        if (string.IsNullOrWhiteSpace(given))
        {
            return ApiProblem.BadRequest("Give the file name, e.g. POST /api/documents?name=report.pdf (or a 'name' header).");
        }

        if (!UploadMetadataValidator.TryReadName(given, out var name, out var nameProblem))
        {
            return ApiProblem.BadRequest(nameProblem);
        }

        var receipt = await services.Intake.AcceptAsync(new IntakeRequest(name, body.Content, year, entity, body.ContentType) { Replaces = replaces }, cancellationToken);
        return UploadAccepted.From(receipt);
    }

    /// <summary><c>GET /api/documents?year=&amp;status=&amp;limit=&amp;continuationToken=</c>: a page of documents, in id order.</summary>
    public static async Task<Results<Page<DocumentRecord>, BadRequest<ApiProblem>>> ListAsync(
        string? year, string? status, string? limit, string? continuationToken, DocumentsServices services, CancellationToken cancellationToken)
    {
        if (!QueryValues.TryParseYear(year, out var yearFilter))
        {
            return ApiProblem.BadRequest(QueryValues.NotAYear(year));
        }

        DocumentStatus? statusFilter = null;
        if (!string.IsNullOrEmpty(status))
        {
            // A status by its name only: the enum parser also takes a number ("2") and a list ("Classified,Failed", a
            // repeated parameter), which it merges into one other status, so a client asking for two got a third.
            var name = Enum.GetNames<DocumentStatus>().FirstOrDefault(n => n.Equals(status, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                return ApiProblem.BadRequest($"Unknown status '{status}'. Use one of: {string.Join(", ", Enum.GetNames<DocumentStatus>())} (one at a time).");
            }

            statusFilter = Enum.Parse<DocumentStatus>(name);
        }

        if (!PageRequest.TryParse(limit, continuationToken, PageKeys.Document, $"documents year={yearFilter} status={statusFilter}", out var page, out var problem))
        {
            return ApiProblem.BadRequest(problem);
        }

        var records = new List<DocumentRecord>();
        await foreach (var row in services.Documents.ListAfterAsync(yearFilter, statusFilter, page.After, cancellationToken))
        {
            records.Add(row.ToRecord());
            if (records.Count > page.Limit)
            {
                break;
            }
        }

        return Page<DocumentRecord>.From(records, page, r => r.Id);
    }

    /// <summary><c>GET /api/documents/{id}</c>, with an ETag: <c>If-None-Match</c> answers 304 while it has not changed.</summary>
    public static async Task<Results<Conditional<DocumentRecord>, NotFound<ApiProblem>>> GetAsync(
        string id, DocumentsServices services, CancellationToken cancellationToken)
    {
        var row = DocumentId.IsValid(id) ? await services.Documents.GetAsync(id, cancellationToken) : null;
        return row is null ? ApiProblem.NotFound($"No document has the id '{id}'.") : Conditional<DocumentRecord>.Of(row.ToRecord());
    }

    /// <summary>
    /// <c>GET /api/documents/{id}/paragraphs?limit=&amp;continuationToken=</c>: a page of paragraphs in order, with
    /// their labels and evidence.
    /// </summary>
    public static async Task<Results<Page<ParagraphView>, BadRequest<ApiProblem>, NotFound<ApiProblem>>> GetParagraphsAsync(
        string id, string? limit, string? continuationToken, DocumentsServices services, CancellationToken cancellationToken)
    {
        if (!DocumentId.IsValid(id) || await services.Documents.GetAsync(id, cancellationToken) is null)
        {
            return ApiProblem.NotFound($"No document has the id '{id}'.");
        }

        if (!PageRequest.TryParse(limit, continuationToken, PageKeys.Index, $"documents/{id}/paragraphs", out var page, out var problem))
        {
            return ApiProblem.BadRequest(problem);
        }

        var views = new List<ParagraphView>();
        var after = page.After is null ? (int?)null : int.TryParse(page.After, out var index) ? index : -1;
        await foreach (var row in services.Paragraphs.ReadAfterAsync(id, after, cancellationToken))
        {
            views.Add(ParagraphView.From(row));
            if (views.Count > page.Limit)
            {
                break;
            }
        }

        return Page<ParagraphView>.From(views, page, v => v.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string? Value(HttpRequest request, string key) =>
        request.Query.TryGetValue(key, out var query) && !string.IsNullOrEmpty(query) ? query.ToString()
        : request.Headers.TryGetValue(key, out var header) && !string.IsNullOrEmpty(header) ? header.ToString()
        : null;
}
