using System.Net.Http.Headers;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Notifications;

/// <summary>
/// Posts one event to one subscription, signed with its secret. The client carries the standard resilience
/// pipeline (timeouts, jittered retries, a circuit breaker per portal) and follows no redirects, so a post cannot be
/// bounced to a host nobody allowed.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients)
{
    public const string ClientName = "webhooks";
    public const string EventHeader = "X-Wsis-Event";
    public const string DeliveryHeader = "X-Wsis-Delivery";

    /// <returns>Null when the portal accepted the event (2xx), else why not, in words.</returns>
    public async Task<string?> SendAsync(PlatformEvent platformEvent, SubscriptionEntity subscription, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(platformEvent, ApiJson.Options);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.Add(EventHeader, platformEvent.Type);
        request.Headers.Add(DeliveryHeader, platformEvent.Id);
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(subscription.Secret, body));
        try
        {
            // Only the status is the answer: the body is never read, so a portal that drips it, never ends it or sends a
            // gigabyte of it holds neither the delivery past its timeouts nor the worker's memory.
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"The portal answered {(int)response.StatusCode} ({response.ReasonPhrase}).";
        }
        catch (Exception e) when (e is TimeoutRejectedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return "The portal did not answer in time.";
        }
        catch (BrokenCircuitException)
        {
            return "The portal has failed repeatedly; posts to it resume in a little while.";
        }
        catch (HttpRequestException e) when (Outbound.OutboundAddressRefusedException.IsIn(e))
        {
            return "The portal's host resolves to a private or reserved network address; webhooks are posted to public addresses only.";
        }
        catch (HttpRequestException)
        {
            // Not the socket's message: it names address and port and tells closed ports from silent ones.
            return "The portal could not be reached.";
        }
    }
}
