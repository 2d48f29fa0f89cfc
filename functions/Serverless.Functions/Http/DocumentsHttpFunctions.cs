using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Api;

namespace Serverless.Functions.Http;

/// <summary>
/// The documents routes, mapped onto the shared <see cref="DocumentsApi"/> handlers. Reading is anonymous: portals
/// publish documents and paragraphs. What changes data (uploads, downloads from a link, reviewers' corrections) needs
/// a function key in Azure (<c>x-functions-key</c> header or <c>code</c> query parameter).
/// </summary>
public sealed class DocumentsHttpFunctions(ApiServices services)
{
    [Function(nameof(UploadDocument))]
    public Task<IActionResult> UploadDocument(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.Documents)] HttpRequest request) =>
        DocumentsApi.UploadAsync(request, services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(IngestDocumentFromUrl))]
    public Task<IActionResult> IngestDocumentFromUrl(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.DocumentFromUrl)] HttpRequest request) =>
        DocumentLinksApi.IngestAsync(request, services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(ListDocuments))]
    public Task<IActionResult> ListDocuments(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Documents)] HttpRequest request) =>
        DocumentsApi.ListAsync(request.Query["year"], request.Query["status"], request.Query["limit"], request.Query["continuationToken"], services,
            request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(GetDocument))]
    public Task<IActionResult> GetDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Document)] HttpRequest request, string id) =>
        DocumentsApi.GetAsync(id, services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(GetDocumentParagraphs))]
    public Task<IActionResult> GetDocumentParagraphs(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.DocumentParagraphs)] HttpRequest request, string id) =>
        DocumentsApi.GetParagraphsAsync(id, request.Query["limit"], request.Query["continuationToken"], services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(CorrectParagraphLabels))]
    public Task<IActionResult> CorrectParagraphLabels(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = ApiRoutes.ParagraphLabels)] HttpRequest request, string id, int index) =>
        ReviewsApi.CorrectAsync(id, index, request, services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(WithdrawParagraphLabels))]
    public Task<IActionResult> WithdrawParagraphLabels(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = ApiRoutes.ParagraphLabels)] HttpRequest request, string id, int index) =>
        ReviewsApi.WithdrawAsync(id, index, services, request.HttpContext.RequestAborted).ToActionResult();
}
