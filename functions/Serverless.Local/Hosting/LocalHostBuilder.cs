using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Local.Api;
using Serverless.Local.Triggers;
using Serverless.Shared.Api;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Local.Hosting;

/// <summary>
/// Builds one process that runs the triggers on the WebJobs SDK (blob receipts, dequeue counts, poison queues,
/// timer schedule monitor, as in the Functions host) and serves the HTTP API on Kestrel.
/// </summary>
public static class LocalHostBuilder
{
    public static WebApplication Build(string storageConnectionString, int port, LocalHostOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        var settings = new Dictionary<string, string?>
        {
            [StorageNames.ConnectionSetting] = storageConnectionString,
            [StorageNames.CompileScheduleSetting] = builder.Configuration[StorageNames.CompileScheduleSetting] ?? StorageNames.DefaultCompileSchedule,
            [StorageNames.ReconcileScheduleSetting] = builder.Configuration[StorageNames.ReconcileScheduleSetting] ?? StorageNames.DefaultReconcileSchedule,
        };
        builder.Configuration.AddInMemoryCollection(settings).AddInMemoryCollection(options.Settings);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.AddFilter("Microsoft", options.EngineLogLevel)
            .AddFilter("Azure", options.EngineLogLevel > LogLevel.Error ? options.EngineLogLevel : LogLevel.Error)
            .AddFilter("Host", options.EngineLogLevel)
            .AddFilter("Function", options.EngineLogLevel)
            .AddFilter("Serverless", LogLevel.Information);

        var host = HostJsonSettings.Load(Path.Combine(AppContext.BaseDirectory, HostJsonSettings.FileName));
        builder.Host.ConfigureWebJobs(webJobs =>
        {
            webJobs.UseHostId("wsis-local");
            webJobs.AddAzureStorageCoreServices();
            webJobs.AddAzureStorageBlobs(blobs => blobs.PoisonBlobThreshold = host.PoisonBlobThreshold);

            // Idle queues are polled as rarely as in Azure; what this process sends wakes its listener at once.
            webJobs.AddAzureStorageQueues(queues =>
            {
                queues.MaxDequeueCount = host.MaxDequeueCount;
                queues.MaxPollingInterval = host.MaxPollingInterval;
            });
            webJobs.AddTimers();
        });
        builder.Services.AddSingleton<ITypeLocator>(new FixedTypeLocator(TriggerTypes.All));
        builder.Services.AddSingleton<Microsoft.Azure.WebJobs.Host.Timers.IWebJobsExceptionHandlerFactory, IntakeListingFailures>();
        builder.Services.AddIngestionPipeline().AddWsisApi();
        builder.Services.AddProblemDetails();
        builder.Services.AddPortalCors();
        builder.Services.AddPipelineWakeUps(host);
        builder.Services.AddIdleMemoryTrimmer();
        options.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();

        // Errors the handlers do not answer themselves (an unexpected failure, a path outside /api, a body the server
        // refused) are problem details too, never an empty body or a stack trace.
        app.UseExceptionHandler();
        app.UseStatusCodePages(ApiStatusPages.WriteAsync);
        app.UseCors();
        app.UsePortalPage(options.PortalFolder);
        app.MapWsisApi();
        return app;
    }
}
