using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serverless.Shared.Entities;
using Serverless.Shared.Summary.Report;
using Serverless.Shared.Summary.Synthesis;

namespace Serverless.Shared.Summary;

public static class SummaryServiceCollectionExtensions
{
    /// <summary>The yearly summary compiler and the draft report in Markdown, HTML and DOCX.</summary>
    public static IServiceCollection AddSummaryCompilation(this IServiceCollection services)
    {
        services.AddEntities();
        services.TryAddSingleton(_ => RegionCatalog.LoadEmbedded());
        services.TryAddSingleton(_ => TopicCatalog.LoadEmbedded());
        services.TryAddSingleton<SummaryCompiler>();
        services.TryAddSingleton<DraftReportBuilder>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportWriter, MarkdownReportWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportWriter, HtmlReportWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportWriter, DocxReportWriter>());
        services.TryAddSingleton<ReportRenderer>();
        return services;
    }
}
