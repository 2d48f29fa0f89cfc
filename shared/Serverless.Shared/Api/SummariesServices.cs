using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;
using Serverless.Shared.Summary.Report;

namespace Serverless.Shared.Api;

/// <summary>What the summary routes need (<see cref="SummariesApi"/>): the compiled rows, the rendered reports, the compile queue.</summary>
public sealed class SummariesServices(SummaryStore summaries, ReportStore reports, IEnumerable<IReportWriter> reportWriters, PipelineQueue queue)
{
    public SummaryStore Summaries { get; } = summaries;
    public ReportStore Reports { get; } = reports;
    public IReadOnlyList<IReportWriter> ReportWriters { get; } = reportWriters.ToArray();
    public PipelineQueue Queue { get; } = queue;
}
