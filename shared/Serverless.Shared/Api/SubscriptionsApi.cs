using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Serverless.Shared.Api.Contract;
using Serverless.Shared.Notifications;
using Serverless.Shared.Outbound;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>Portals subscribe to be told when a document is classified or fails, and when a summary is compiled.</summary>
public static class SubscriptionsApi
{
    /// <summary>Maps the webhook subscription routes onto the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapSubscriptionsApi(this IEndpointRouteBuilder api)
    {
        api.MapPost(ApiRoutes.Subscriptions, SubscribeAsync);
        api.MapMethods(ApiRoutes.Subscriptions, ApiOperation.ReadMethods, ListAsync);
        api.MapDelete(ApiRoutes.Subscription, UnsubscribeAsync);
        return api;
    }

    /// <summary>
    /// <c>POST /api/subscriptions</c> with <c>{"url": "https://portal.example.org/hooks/wsis", "events": [...]}</c>
    /// (all events when omitted). The answer carries the signing secret, shown this once.
    /// </summary>
    public static async Task<Results<Created<SubscriptionCreated>, BadRequest<ApiProblem>>> SubscribeAsync(
        HttpRequest request, SubscriptionsServices services, CancellationToken cancellationToken)
    {
        var (body, bodyProblem) = await JsonBody.ReadAsync<SubscriptionRequest>(request, cancellationToken);
        if (bodyProblem is not null)
        {
            return ApiProblem.BadRequest(bodyProblem);
        }

        var usage = $"Send {{\"url\": \"https://portal.example.org/hooks/wsis\", \"events\": [\"{string.Join("\", \"", PlatformEvent.Types)}\"]}} (events optional).";
        if (body is null || string.IsNullOrWhiteSpace(body.Url) || !Uri.TryCreate(body.Url.Trim(), UriKind.Absolute, out var url))
        {
            return ApiProblem.BadRequest(usage);
        }

        var options = services.Notifications;
        if (url.Scheme != Uri.UriSchemeHttps && !(options.AllowHttp && url.Scheme == Uri.UriSchemeHttp))
        {
            return ApiProblem.BadRequest($"'{body.Url}' must be an https address.");
        }

        var allowed = options.AllowedHosts ?? [];
        if (allowed.Length == 0 || !new HostAllowList(allowed).Allows(url))
        {
            return ApiProblem.BadRequest(allowed.Length == 0
                ? "No portal hosts are allowed to subscribe yet; an administrator sets Notifications:AllowedHosts."
                : $"'{url.Host}' is not a host portals may subscribe from. Allowed: {string.Join(", ", allowed)}.");
        }

        var events = body.Events is { Length: > 0 } asked ? asked.Distinct(StringComparer.Ordinal).ToArray() : PlatformEvent.Types.ToArray();
        var unknown = events.FirstOrDefault(e => !PlatformEvent.Types.Contains(e));
        if (unknown is not null)
        {
            return ApiProblem.BadRequest($"Unknown event '{unknown}'. Use one of: {string.Join(", ", PlatformEvent.Types)}.");
        }

        var subscription = new SubscriptionEntity
        {
            RowKey = Guid.NewGuid().ToString("N"),
            Url = url.AbsoluteUri,
            Events = string.Join(',', events),
            Secret = WebhookSignature.NewSecret(),
            CreatedAt = services.Clock.GetUtcNow(),
        };
        await services.Subscriptions.AddAsync(subscription, cancellationToken);
        return TypedResults.Created($"/api/subscriptions/{subscription.RowKey}", new SubscriptionCreated(subscription.RowKey, subscription.Url, events, subscription.Secret));
    }

    /// <summary><c>GET /api/subscriptions</c>: each with its last delivery and last failure, never its secret.</summary>
    public static async Task<Ok<IReadOnlyList<SubscriptionView>>> ListAsync(SubscriptionsServices services, CancellationToken cancellationToken)
    {
        var rows = await services.Subscriptions.ListAsync(cancellationToken);
        IReadOnlyList<SubscriptionView> views = rows.OrderBy(r => r.CreatedAt)
            .Select(r => new SubscriptionView(r.RowKey, r.Url, r.EventTypes(), r.CreatedAt, r.LastDeliveredAt, r.LastFailedAt, r.LastFailure))
            .ToArray();
        return TypedResults.Ok(views);
    }

    /// <summary><c>DELETE /api/subscriptions/{id}</c></summary>
    public static async Task<Results<NoContent, NotFound<ApiProblem>>> UnsubscribeAsync(string id, SubscriptionsServices services, CancellationToken cancellationToken) =>
        await services.Subscriptions.DeleteAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblem.NotFound($"No subscription has the id '{id}'.");
}
