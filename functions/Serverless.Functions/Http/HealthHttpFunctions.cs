using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Api;
using Serverless.Shared.Classification;
using Serverless.Shared.Storage;

namespace Serverless.Functions.Http;

/// <summary>Health, the taxonomy and the OpenAPI document, mapped onto <see cref="HealthApi"/> and <see cref="OpenApiApi"/>; all anonymous.</summary>
public sealed class HealthHttpFunctions(StorageClients storage, Taxonomy taxonomy)
{
    [Function(nameof(Health))]
    public Task<IActionResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.Health)] HttpRequest request) =>
        HealthApi.GetAsync(storage, taxonomy, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(GetTaxonomy))]
    public IActionResult GetTaxonomy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.Taxonomy)] HttpRequest request) =>
        HealthApi.GetTaxonomy(taxonomy).ToActionResult();

    [Function(nameof(GetOpenApiDocument))]
    public IActionResult GetOpenApiDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.OpenApi)] HttpRequest request) =>
        OpenApiApi.Get().ToActionResult();
}
