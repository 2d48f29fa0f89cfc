using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Api;

namespace Serverless.Functions.Http;

/// <summary>Correcting and withdrawing documents, mapped onto <see cref="DocumentManagementApi"/>; both need a function key in Azure.</summary>
public sealed class DocumentManagementHttpFunctions(DocumentManagementServices services)
{
    [Function(nameof(CorrectDocument))]
    public Task<IActionResult> CorrectDocument(
        [HttpTrigger(AuthorizationLevel.Function, "patch", Route = ApiRoutes.Document)] HttpRequest request, string id) =>
        DocumentManagementApi.CorrectAsync(id, request, services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(WithdrawDocument))]
    public Task<IActionResult> WithdrawDocument(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = ApiRoutes.Document)] HttpRequest request, string id) =>
        DocumentManagementApi.WithdrawAsync(id, request.Query["reviewer"], request.Query["reason"], services, request.HttpContext.RequestAborted).ToActionResult();
}
