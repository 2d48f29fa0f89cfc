using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Serverless.Shared.Classification;

public static class ClassificationServiceCollectionExtensions
{
    /// <summary>The taxonomy (loaded and validated once) and the paragraph classifier built on it.</summary>
    public static IServiceCollection AddClassification(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => Taxonomy.LoadEmbedded());
        services.TryAddSingleton(new ClassifierOptions());
        services.TryAddSingleton<IParagraphClassifier>(sp =>
            new TaxonomyClassifier(sp.GetRequiredService<Taxonomy>(), sp.GetRequiredService<ClassifierOptions>()));
        return services;
    }
}
