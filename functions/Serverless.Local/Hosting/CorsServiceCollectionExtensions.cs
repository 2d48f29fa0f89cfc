using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Serverless.Local.Hosting;

internal static class CorsServiceCollectionExtensions
{
    /// <summary>The default CORS policy from <see cref="PortalCorsOptions"/>, validated at start-up.</summary>
    public static IServiceCollection AddPortalCors(this IServiceCollection services)
    {
        services.AddOptions<PortalCorsOptions>().BindConfiguration(PortalCorsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PortalCorsOptions>, PortalCorsOptionsValidator>();
        services.AddCors();
        services.AddOptions<CorsOptions>()
            .Configure<IOptions<PortalCorsOptions>>((cors, portals) => cors.AddDefaultPolicy(policy => Configure(policy, portals.Value)));
        return services;
    }

    private static void Configure(CorsPolicyBuilder policy, PortalCorsOptions options)
    {
        if (options.AllowedOrigins.Contains("*"))
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            policy.WithOrigins(options.AllowedOrigins);
        }

        policy.WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
            .AllowAnyHeader()
            .WithExposedHeaders(PortalCorsOptions.ExposedHeaders)
            .SetPreflightMaxAge(TimeSpan.FromHours(1));
    }
}
