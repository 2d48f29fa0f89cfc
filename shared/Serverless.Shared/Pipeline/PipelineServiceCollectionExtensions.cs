using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serverless.Shared.Classification;
using Serverless.Shared.Notifications;
using Serverless.Shared.Segmentation;
using Serverless.Shared.Storage;
using Serverless.Shared.Summary;

namespace Serverless.Shared.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>Everything both hosts need to run the pipeline: storage, parsing, classification and the steps.</summary>
    public static IServiceCollection AddIngestionPipeline(this IServiceCollection services)
    {
        services.AddOptions<PipelineOptions>()
            .BindConfiguration(PipelineOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddStorage();
        services.AddDocumentParsing();
        services.AddClassification();
        services.AddSummaryCompilation();
        services.TryAddSingleton<DocumentAttribution>();
        services.TryAddSingleton<DocumentIntake>();
        services.TryAddSingleton<RenditionLinker>();
        services.AddNotifications();
        services.TryAddSingleton<DocumentFailures>();
        services.TryAddSingleton<DeliverNotificationStep>();
        services.TryAddSingleton<ClassificationWorkQueue>();
        services.TryAddSingleton<IngestDocumentStep>();
        services.TryAddSingleton<ReclassifyStep>();
        services.TryAddSingleton<ClassifyWorkItemStep>();
        services.TryAddSingleton<CompileSummaryStep>();
        services.TryAddSingleton<PoisonMessageStep>();
        services.TryAddSingleton<ParagraphReviewer>();
        services.TryAddSingleton<ReconcileStep>();

        services.TryAddSingleton<DocumentCorrector>();
        services.TryAddSingleton<DocumentWithdrawer>();
        services.TryAddSingleton<DeclaredReplacement>();
        return services;
    }
}
