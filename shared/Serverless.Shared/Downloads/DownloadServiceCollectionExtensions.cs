using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Serverless.Shared.Downloads;

public static class DownloadServiceCollectionExtensions
{
    /// <summary>
    /// The downloader and its HTTP client: redirects followed by the downloader (to check each host), the standard
    /// resilience pipeline with the timeouts and retries of <see cref="DownloadOptions"/>, one circuit breaker per host.
    /// </summary>
    public static IServiceCollection AddDocumentDownloads(this IServiceCollection services)
    {
        services.AddOptions<DownloadOptions>()
            .BindConfiguration(DownloadOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient(DocumentDownloader.ClientName, client =>
            {
                // The resilience pipeline owns the timeouts; the client's own would cut a slow but healthy download.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("wsis-ingestion/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) => Apply(provider.GetRequiredService<IOptions<DownloadOptions>>().Value, resilience))
            .SelectPipelineByAuthority();

        services.TryAddSingleton<DocumentDownloader>();
        return services;
    }

    private static void Apply(DownloadOptions options, HttpStandardResilienceOptions resilience)
    {
        var attempt = TimeSpan.FromSeconds(options.AttemptTimeoutSeconds);
        resilience.AttemptTimeout.Timeout = attempt;
        resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(options.TotalTimeoutSeconds);
        resilience.Retry.MaxRetryAttempts = options.MaxRetries;
        resilience.Retry.Delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds);

        // The breaker must sample over at least two attempt timeouts (the library validates this).
        resilience.CircuitBreaker.SamplingDuration = attempt * 2 > TimeSpan.FromSeconds(30) ? attempt * 2 : TimeSpan.FromSeconds(30);
    }
}
