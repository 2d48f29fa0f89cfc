using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serverless.Shared.Classification;
using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

public static class SegmentationServiceCollectionExtensions
{
    /// <summary>The readers (last registered wins for a format), the segmenter and the parser that combines them.</summary>
    public static IServiceCollection AddDocumentParsing(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, PlainTextReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, MarkdownReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, HtmlDocumentReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, DocxDocumentReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, PdfDocumentReader>());
        services.TryAddSingleton<DocumentReaderRegistry>();
        // The segmenter reads paragraph openings from the taxonomy, the profile detector the language catalogue.
        services.TryAddSingleton(_ => Taxonomy.LoadEmbedded());
        services.TryAddSingleton(_ => LanguageCatalog.Default);
        services.TryAddSingleton<ParagraphSegmenter>();
        services.TryAddSingleton<DocumentProfileDetector>();
        services.TryAddSingleton<DocumentParser>();
        return services;
    }
}
