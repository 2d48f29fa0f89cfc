using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serverless.Shared.Outbound;
using Serverless.Shared.Pipeline;

namespace Serverless.Shared.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>Publishing events, and posting them to subscribed portals through a resilient, redirect-free client.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddOutboundHttpClient<NotificationOptions>(WebhookSender.ClientName, NotificationOptions.SectionName);
        services.TryAddSingleton<PipelineQueue>();
        services.TryAddSingleton<NotificationPublisher>();
        services.TryAddSingleton<WebhookSender>();
        return services;
    }
}
