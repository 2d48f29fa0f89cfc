using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Serverless.Local.Hosting;

internal static class IdleMemoryServiceCollectionExtensions
{
    /// <summary>The <see cref="IdleMemoryTrimmer"/>, with <see cref="IdleMemoryOptions"/> validated at start-up.</summary>
    public static IServiceCollection AddIdleMemoryTrimmer(this IServiceCollection services)
    {
        services.AddOptions<IdleMemoryOptions>().BindConfiguration(IdleMemoryOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IdleMemoryOptions>, IdleMemoryOptionsValidator>();
        return services.AddHostedService<IdleMemoryTrimmer>();
    }
}
