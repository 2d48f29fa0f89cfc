using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Api;

namespace Serverless.Functions.Http;

/// <summary>Ingesting a document from a link, mapped onto <see cref="DocumentLinksApi"/>; it needs a function key in Azure.</summary>
public sealed class DocumentLinksHttpFunctions(DocumentLinksServices services)
{
    [Function(nameof(IngestDocumentFromUrl))]
    public Task<IActionResult> IngestDocumentFromUrl(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.DocumentFromUrl)] HttpRequest request) =>
        DocumentLinksApi.IngestAsync(request, services, request.HttpContext.RequestAborted).ToActionResult();
}
