using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Api;

namespace Serverless.Functions.Http;

/// <summary>Paragraph queries, mapped onto <see cref="ParagraphsApi"/>; anonymous, as portals publish them.</summary>
public sealed class ParagraphsHttpFunctions(ParagraphsServices services)
{
    [Function(nameof(QueryParagraphs))]
    public Task<IActionResult> QueryParagraphs(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.Paragraphs)] HttpRequest request) =>
        ParagraphsApi.QueryAsync(request.Query["year"], request.Query["actionLine"], request.Query["body"], request.Query["q"],
                request.Query["limit"], request.Query["continuationToken"], services, request.HttpContext.RequestAborted)
            .ToActionResult();
}
