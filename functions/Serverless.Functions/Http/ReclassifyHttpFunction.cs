using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Api;
using Serverless.Shared.Pipeline;

namespace Serverless.Functions.Http;

/// <summary>Re-classifying stored paragraphs, mapped onto <see cref="ReclassifyApi"/>; it needs a function key in Azure.</summary>
public sealed class ReclassifyHttpFunction(PipelineQueue queue)
{
    [Function(nameof(ReclassifyDocuments))]
    public Task<IActionResult> ReclassifyDocuments(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.Reclassify)] HttpRequest request) =>
        ReclassifyApi.ReclassifyAsync(request.Query["year"], request.Query["outdated"], queue, request.HttpContext.RequestAborted).ToActionResult();
}
