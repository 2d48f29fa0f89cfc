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
        services.TryAddSingleton<IParagraphClassifier>(sp =>
        {
            // The action-line model is most of what loading costs: it is read on another core while the rest loads and
            // the classifier builds everything that does not need it.
            var model = Task.Run(ActionLineModelFile.LoadEmbedded);
            var taxonomy = sp.GetRequiredService<Taxonomy>();
            var options = sp.GetRequiredService<ClassifierOptions>();
            var languages = sp.GetRequiredService<LanguageCatalog>();
            var bodyGuess = BodyGuessModelFile.LoadEmbedded();
            return TaxonomyClassifier.WhileModelLoads(taxonomy, options, model, languages, bodyGuess);
        });
        return services;
    }
}
