using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Serverless.Shared.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>Publishing events, and posting them to subscribed portals through a resilient, redirect-free client.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddOptions<NotificationOptions>()
            .BindConfiguration(NotificationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient(WebhookSender.ClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("wsis-ingestion/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) =>
            {
                var options = provider.GetRequiredService<IOptions<NotificationOptions>>().Value;
                var attempt = TimeSpan.FromSeconds(options.AttemptTimeoutSeconds);
                resilience.AttemptTimeout.Timeout = attempt;
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(options.TotalTimeoutSeconds);
                resilience.Retry.MaxRetryAttempts = options.MaxRetries;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds);
                resilience.CircuitBreaker.SamplingDuration = attempt * 2 > TimeSpan.FromSeconds(30) ? attempt * 2 : TimeSpan.FromSeconds(30);
            })
            .SelectPipelineByAuthority();

        services.TryAddSingleton<NotificationPublisher>();
        services.TryAddSingleton<WebhookSender>();
        return services;
    }
}
