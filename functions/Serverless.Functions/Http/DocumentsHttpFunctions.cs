using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Api;

namespace Serverless.Functions.Http;

/// <summary>
/// The documents routes, mapped onto the shared <see cref="DocumentsApi"/> handlers. Reading is anonymous: portals
/// publish documents and paragraphs. An upload changes data and needs a function key in Azure (<c>x-functions-key</c>
/// header or <c>code</c> query parameter).
/// </summary>
public sealed class DocumentsHttpFunctions(DocumentsServices services)
{
    [Function(nameof(UploadDocument))]
    public Task<IActionResult> UploadDocument(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.Documents)] HttpRequest request) =>
        DocumentsApi.UploadAsync(request, services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(ListDocuments))]
    public Task<IActionResult> ListDocuments(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.Documents)] HttpRequest request) =>
        DocumentsApi.ListAsync(request.Query["year"], request.Query["status"], request.Query["limit"], request.Query["continuationToken"], services,
            request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(GetDocument))]
    public Task<IActionResult> GetDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.Document)] HttpRequest request, string id) =>
        DocumentsApi.GetAsync(id, services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(GetDocumentParagraphs))]
    public Task<IActionResult> GetDocumentParagraphs(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.DocumentParagraphs)] HttpRequest request, string id) =>
        DocumentsApi.GetParagraphsAsync(id, request.Query["limit"], request.Query["continuationToken"], services, request.HttpContext.RequestAborted).ToActionResult();
}
