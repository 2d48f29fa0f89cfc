using Microsoft.Extensions.Options;
using Serverless.Shared.Classification;
using Serverless.Shared.Downloads;
using Serverless.Shared.Notifications;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;
using Serverless.Shared.Summary.Report;

namespace Serverless.Shared.Api;

/// <summary>What the HTTP handlers need, as one bundle, so a handler takes only route values, query and this.</summary>
public sealed class ApiServices(
    StorageClients storage,
    PipelineQueue queue,
    DocumentStore documents,
    ParagraphStore paragraphs,
    ParagraphIndexStore index,
    SummaryStore summaries,
    ReportStore reports,
    IEnumerable<IReportWriter> reportWriters,
    Taxonomy taxonomy,
    ClassifierOptions classifierOptions,
    ParagraphReviewer reviewer,
    IOptions<PipelineOptions> pipelineOptions,
    DocumentIntake intake,
    DocumentDownloader downloader,
    SubscriptionStore subscriptions,
    IOptions<NotificationOptions> notificationOptions,
    DocumentCorrector corrector,
    DocumentWithdrawer withdrawer,
    TimeProvider clock)
{
    public StorageClients Storage { get; } = storage;
    public PipelineQueue Queue { get; } = queue;
    public DocumentStore Documents { get; } = documents;
    public ParagraphStore Paragraphs { get; } = paragraphs;
    public ParagraphIndexStore Index { get; } = index;
    public SummaryStore Summaries { get; } = summaries;
    public ReportStore Reports { get; } = reports;
    public IReadOnlyList<IReportWriter> ReportWriters { get; } = reportWriters.ToArray();
    public Taxonomy Taxonomy { get; } = taxonomy;
    public ClassifierOptions Classifier { get; } = classifierOptions;
    public ParagraphReviewer Reviewer { get; } = reviewer;
    public PipelineOptions Pipeline { get; } = pipelineOptions.Value;
    public TimeProvider Clock { get; } = clock;
    public DocumentIntake Intake { get; } = intake;
    public DocumentDownloader Downloader { get; } = downloader;
    public SubscriptionStore Subscriptions { get; } = subscriptions;
    public NotificationOptions Notifications { get; } = notificationOptions.Value;
    public DocumentCorrector Corrector { get; } = corrector;
    public DocumentWithdrawer Withdrawer { get; } = withdrawer;
}
