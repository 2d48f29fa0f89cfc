using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serverless.Shared.Pipeline;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serverless.Shared.Downloads;

namespace Serverless.Shared.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>Room for a multipart form's boundaries and headers around a file of the largest accepted size.</summary>
    public const long UploadOverheadBytes = 1024 * 1024;

    /// <summary>
    /// The services bundle of each area of the API (a handler takes its area's bundle, so it sees only what it needs),
    /// and the JSON conventions of the responses.
    /// </summary>
    public static IServiceCollection AddWsisApi(this IServiceCollection services)
    {
        services.TryAddSingleton<DocumentsServices>();
        services.TryAddSingleton<DocumentLinksServices>();
        services.TryAddSingleton<DocumentManagementServices>();
        services.TryAddSingleton<ParagraphsServices>();
        services.TryAddSingleton<ReviewsServices>();
        services.TryAddSingleton<SummariesServices>();
        services.TryAddSingleton<SubscriptionsServices>();
        services.AddDocumentDownloads();
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));

        // The web server's own body limit (30,000,000 bytes by default) would answer 413 with an empty body before the
        // handler sees the upload. It is set just above the documented limit, so the handlers, which read every upload
        // with Pipeline:MaxDocumentBytes, decide and answer with a problem body, in both hosts (the Functions worker
        // serves HTTP on Kestrel too).
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<PipelineOptions>>((kestrel, pipeline) =>
            kestrel.Limits.MaxRequestBodySize = pipeline.Value.MaxDocumentBytes + UploadOverheadBytes);
        return services;
    }
}
