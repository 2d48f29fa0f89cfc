using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serverless.Functions;
using Serverless.Shared.Api;
using Serverless.Shared.Pipeline;

var builder = FunctionsApplication.CreateBuilder(args);

builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<UnexpectedFailureMiddleware>();
builder.Services
    .AddApplicationInsightsTelemetryWorkerService()
    .ConfigureFunctionsApplicationInsights()
    .UseManagedIdentityForTelemetry(builder.Configuration)
    .AddIngestionPipeline()
    .AddWsisApi();

builder.Build().Run();
