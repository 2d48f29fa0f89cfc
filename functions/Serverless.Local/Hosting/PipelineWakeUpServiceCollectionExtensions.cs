using Microsoft.Azure.WebJobs.Host.Queues;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Pipeline;

namespace Serverless.Local.Hosting;

public static class PipelineWakeUpServiceCollectionExtensions
{
    /// <summary>
    /// Uploads handed to ingest as soon as they are stored, queue listeners woken by the messages this process sends, and
    /// the sweep for blobs the engine's scan missed during a burst of deliveries.
    /// </summary>
    public static IServiceCollection AddPipelineWakeUps(this IServiceCollection services, HostJsonSettings host)
    {
        services.AddSingleton(host);
        services.AddSingleton<QueueWakeUps>();
        services.AddSingleton<IQueueProcessorFactory>(provider => provider.GetRequiredService<QueueWakeUps>());
        services.AddSingleton<HandedOverUploads>();
        services.AddHostedService<UploadHandOver>();
        services.AddSingleton<IPipelineWakeUp, LocalPipelineWakeUp>();
        services.AddSingleton<IntakeDeliveries>();
        services.AddHostedService<IntakeSweeper>();
        return services;
    }
}
