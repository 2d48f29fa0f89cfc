using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Entities;

public static class EntityServiceCollectionExtensions
{
    /// <summary>The catalogue of contributing entities and organs, and the detector of a document's contributor.</summary>
    public static IServiceCollection AddEntities(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => EntityCatalog.LoadEmbedded());
        services.TryAddSingleton(_ => LanguageCatalog.Default);
        services.TryAddSingleton<ContributorDetector>();
        return services;
    }
}
