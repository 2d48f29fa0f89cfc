using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Serverless.Shared.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Storage clients from the <c>AzureWebJobsStorage</c> setting (the same one the triggers use), validated
    /// at start-up, and the stores built on them.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.ConnectionString = configuration[StorageNames.ConnectionSetting];
                var section = configuration.GetSection(StorageNames.ConnectionSetting);
                options.AccountName = section["accountName"];
                options.ClientId = section["clientId"];
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton<StorageRequestCounter>();
        services.TryAddSingleton(sp => new StorageClients(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<StorageRequestCounter>()));
        services.TryAddSingleton<DocumentStore>();
        services.TryAddSingleton<ParagraphStore>();
        services.TryAddSingleton<RenditionStore>();
        services.TryAddSingleton<YearIndexStore>();
        services.TryAddSingleton<ParagraphIndexer>();
        services.TryAddSingleton<WorkItemStore>();
        services.TryAddSingleton<SummaryStore>();
        services.TryAddSingleton<SubscriptionStore>();
        services.TryAddSingleton<ReportStore>();
        return services;
    }
}
