using Serverless.Shared.Storage;

namespace Serverless.Shared.Summary.Report;

/// <summary>Renders a year's summary as draft reports in every format and both languages, and stores them.</summary>
public sealed class ReportRenderer(DraftReportBuilder builder, IEnumerable<IReportWriter> writers, ReportStore reports)
{
    public static IReadOnlyList<string> Languages { get; } = ["fr", "en"];

    public IReadOnlyList<IReportWriter> Writers { get; } = writers.ToArray();

    public async Task RenderAsync(YearSummary summary, CancellationToken cancellationToken = default)
    {
        foreach (var language in Languages)
        {
            var draft = builder.Build(summary, language);
            foreach (var writer in Writers)
            {
                var content = writer.Write(draft);
                await reports.WriteAsync(ReportStore.BlobName(summary.Year, writer.Extension, language), content, writer.ContentType, cancellationToken);
                if (language == summary.Language)
                {
                    await reports.WriteAsync(ReportStore.BlobName(summary.Year, writer.Extension), content, writer.ContentType, cancellationToken);
                }
            }
        }
    }
}
