using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serverless.Shared.Classification.Model;

namespace Serverless.Shared.Classification;

public static class ClassificationServiceCollectionExtensions
{
    /// <summary>
    /// The taxonomy and the language catalogue (each loaded and validated once) and the paragraph classifier built on
    /// them, with the trained action-line model when one is embedded (<c>./wsis train</c> writes it only where it beats
    /// the lexicon alone) and the
    /// trained guess of the adopting organ when one is embedded (written only where it beats no guess).
    /// </summary>
    public static IServiceCollection AddClassification(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => Taxonomy.LoadEmbedded());
        services.TryAddSingleton(_ => LanguageCatalog.Default);
        services.TryAddSingleton(new ClassifierOptions());
        services.TryAddSingleton<IParagraphClassifier>(sp => new TaxonomyClassifier(
            sp.GetRequiredService<Taxonomy>(),
            sp.GetRequiredService<ClassifierOptions>(),
            ActionLineModelFile.LoadEmbedded(),
            sp.GetRequiredService<LanguageCatalog>(),
            BodyGuessModelFile.LoadEmbedded()));
        return services;
    }
}
