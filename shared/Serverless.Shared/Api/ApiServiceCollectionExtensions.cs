using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serverless.Shared.Downloads;

namespace Serverless.Shared.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The bundle every HTTP handler takes, and the JSON conventions of the responses.</summary>
    public static IServiceCollection AddWsisApi(this IServiceCollection services)
    {
        services.TryAddSingleton<ApiServices>();
        services.AddDocumentDownloads();
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        return services;
    }
}
