using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;

namespace Serverless.Shared.Api;

/// <summary>Correcting a document's year or entity, and withdrawing a document, by a person whose name is kept.</summary>
public static class DocumentManagementApi
{
    private const string Usage = "Send {\"year\": 2025, \"entity\": \"ITU\", \"reviewer\": \"your name\", \"note\": \"...\"} (year or entity, or both; note optional).";

    /// <summary>Maps <c>PATCH</c> and <c>DELETE /api/documents/{id}</c> onto the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapDocumentManagementApi(this IEndpointRouteBuilder api)
    {
        api.MapPatch(ApiRoutes.Document, CorrectAsync);
        api.MapDelete(ApiRoutes.Document, WithdrawAsync);
        return api;
    }

    /// <summary><c>PATCH /api/documents/{id}</c> with <see cref="DocumentCorrectionRequest"/>.</summary>
    public static async Task<Results<Ok<DocumentRecord>, BadRequest<ApiProblem>, NotFound<ApiProblem>, JsonHttpResult<ApiProblem>>> CorrectAsync(
        string id, HttpRequest request, DocumentManagementServices services, CancellationToken cancellationToken)
    {
        var (body, bodyProblem) = await JsonBody.ReadAsync<DocumentCorrectionRequest>(request, cancellationToken);
        if (bodyProblem is not null)
        {
            return ApiProblem.BadRequest(bodyProblem);
        }
        if (body is null || string.IsNullOrWhiteSpace(body.Reviewer) || (body.Year is null && string.IsNullOrWhiteSpace(body.Entity)))
        {
            return ApiProblem.BadRequest(Usage);
        }

        if (ReviewerFields.Problem(body.Reviewer, body.Note) is { } fieldProblem)
        {
            return ApiProblem.BadRequest(fieldProblem);
        }

        // A correction names the entity on purpose: a blank one is refused, not read as "none".
        var entity = body.Entity is null ? null : EntitySpelling.Canonical(body.Entity);
        if (UploadMetadataValidator.Problem(body.Year, entity, "\"year\": 2025") is { } problem)
        {
            return ApiProblem.BadRequest(problem);
        }

        if (!DocumentId.IsValid(id))
        {
            return ApiProblem.NotFound($"No document has the id '{id}'.");
        }

        try
        {
            var row = await services.Corrector.CorrectAsync(id, body.Year, entity, body.Reviewer.Trim(), body.Note, cancellationToken);
            return row is null ? ApiProblem.NotFound($"No document has the id '{id}'.") : TypedResults.Ok(row.ToRecord());
        }
        catch (DocumentBusyException e)
        {
            return ApiProblem.WithStatus(409, e.Message);
        }
    }

    /// <summary>
    /// <c>DELETE /api/documents/{id}?reviewer=name&amp;reason=...</c>: withdraws the document (see
    /// <see cref="DocumentWithdrawer"/>); asking again is harmless.
    /// </summary>
    public static async Task<Results<Ok<DocumentRecord>, BadRequest<ApiProblem>, NotFound<ApiProblem>, JsonHttpResult<ApiProblem>>> WithdrawAsync(
        string id, string? reviewer, string? reason, DocumentManagementServices services, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reviewer))
        {
            return ApiProblem.BadRequest("Say who withdraws the document: DELETE /api/documents/{id}?reviewer=your%20name&reason=test%20upload (reason optional).");
        }

        if (ReviewerFields.Problem(reviewer, reason, "the reason") is { } fieldProblem)
        {
            return ApiProblem.BadRequest(fieldProblem);
        }

        if (!DocumentId.IsValid(id))
        {
            return ApiProblem.NotFound($"No document has the id '{id}'.");
        }

        try
        {
            var row = await services.Withdrawer.WithdrawAsync(id, reviewer.Trim(), reason, cancellationToken);
            return row is null ? ApiProblem.NotFound($"No document has the id '{id}'.") : TypedResults.Ok(row.ToRecord());
        }
        catch (DocumentBusyException e)
        {
            return ApiProblem.WithStatus(409, e.Message);
        }
    }
}

/// <summary>The body of <c>PATCH /api/documents/{id}</c>: the corrected year and/or entity, and who corrects them.</summary>
public sealed record DocumentCorrectionRequest(int? Year, string? Entity, string? Reviewer, string? Note);
