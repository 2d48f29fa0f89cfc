using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Api;

namespace Serverless.Functions.Http;

/// <summary>
/// The webhook subscription routes, mapped onto the shared <see cref="SubscriptionsApi"/> handlers. All of them need a
/// function key in Azure: the list names every portal's address and delivery failures.
/// </summary>
public sealed class SubscriptionsHttpFunctions(SubscriptionsServices services)
{
    [Function(nameof(Subscribe))]
    public Task<IActionResult> Subscribe(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.Subscriptions)] HttpRequest request) =>
        SubscriptionsApi.SubscribeAsync(request, services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(ListSubscriptions))]
    public Task<IActionResult> ListSubscriptions(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = ApiRoutes.Subscriptions)] HttpRequest request) =>
        SubscriptionsApi.ListAsync(services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(Unsubscribe))]
    public Task<IActionResult> Unsubscribe(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = ApiRoutes.Subscription)] HttpRequest request, string id) =>
        SubscriptionsApi.UnsubscribeAsync(id, services, request.HttpContext.RequestAborted).ToActionResult();
}
