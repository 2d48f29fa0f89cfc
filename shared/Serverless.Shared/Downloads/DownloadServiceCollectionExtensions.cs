using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serverless.Shared.Outbound;

namespace Serverless.Shared.Downloads;

public static class DownloadServiceCollectionExtensions
{
    /// <summary>The downloader and its resilient client (redirects are followed by the downloader, which checks each host).</summary>
    public static IServiceCollection AddDocumentDownloads(this IServiceCollection services)
    {
        services.AddOutboundHttpClient<DownloadOptions>(DocumentDownloader.ClientName, DownloadOptions.SectionName);
        services.TryAddSingleton<DocumentDownloader>();
        return services;
    }
}
