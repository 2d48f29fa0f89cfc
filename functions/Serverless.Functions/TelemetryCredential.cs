using Azure.Identity;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Storage;

namespace Serverless.Functions;

internal static class TelemetryCredential
{
    /// <summary>
    /// Application Insights in Azure accepts only Entra ID sign-in (no instrumentation key on its own). The host
    /// signs in through <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c>; the worker's SDK needs the credential set
    /// here, with the same user-assigned identity the storage settings name. Locally (no client id) nothing changes.
    /// </summary>
    public static IServiceCollection UseManagedIdentityForTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var clientId = configuration[$"{StorageNames.ConnectionSetting}:clientId"];
        if (!string.IsNullOrEmpty(clientId))
        {
            services.Configure<TelemetryConfiguration>(telemetry => telemetry.SetAzureTokenCredential(
                new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))));
        }

        return services;
    }
}
