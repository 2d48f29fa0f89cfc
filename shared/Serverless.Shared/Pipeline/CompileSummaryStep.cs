using Microsoft.Extensions.Logging;
using Serverless.Shared.Classification;
using Serverless.Shared.Documents;
using Serverless.Shared.Notifications;
using Serverless.Shared.Storage;
using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Report;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// Compiles a year's summary from its classified documents, stores it as a new version and renders the draft
/// report. Idempotent: the same data gives the same version, which is then not written again.
/// </summary>
public sealed class CompileSummaryStep(
    DocumentStore documents,
    ParagraphStore paragraphs,
    SummaryStore summaries,
    SummaryCompiler compiler,
    ReportRenderer reports,
    DocumentWithdrawer withdrawer,
    YearIndexStore index,
    NotificationPublisher notifications,
    TimeProvider clock,
    ILogger<CompileSummaryStep> logger)
{
    /// <summary>Handles a <see cref="CompileRequest"/> message from the compile queue.</summary>
    public Task<StepOutcome> RunAsync(string message, CancellationToken cancellationToken = default) =>
        StorageFaults.RetryTransientAsync(nameof(CompileSummaryStep), () => HandleAsync(message, cancellationToken), logger, cancellationToken);

    private async Task<StepOutcome> HandleAsync(string message, CancellationToken cancellationToken)
    {
        var request = PipelineMessages.TryParse<CompileRequest>(message);
        if (request is null || !UploadPath.IsYear(request.Year))
        {
            logger.LogError("Discarding a compile request that names no valid year: {Message}", UploadNames.ForLog(message));
            return StepOutcome.Failed;
        }

        await CompileAsync(request.Year, cancellationToken);
        return StepOutcome.Done;
    }

    /// <summary>The timer's entry point: compiles the year before the one the timer fires in.</summary>
    public Task<YearSummary> CompilePreviousYearAsync(CancellationToken cancellationToken = default) =>
        CompileAsync(clock.GetUtcNow().Year - 1, cancellationToken);

    public async Task<YearSummary> CompileAsync(int year, CancellationToken cancellationToken = default)
    {
        var classified = await CurrentVersionsAsync(year, cancellationToken);
        var inputs = new List<SummaryDocument>(classified.Count);
        foreach (var document in classified.OrderBy(d => d.PartitionKey, StringComparer.Ordinal))
        {
            var rows = await paragraphs.ReadAllAsync(document.PartitionKey, document.HasCorrections, cancellationToken);
            inputs.Add(new SummaryDocument(
                document.PartitionKey, document.FileName, document.Entity, document.Language, document.Symbol, rows.Select(ToSummaryParagraph).ToArray(),
                document.TaxonomyVersion, document.Kind, document.RenditionOf));
        }

        var previous = await summaries.ReadAsync(year - 1, cancellationToken);
        var summary = compiler.Compile(year, inputs, previous, clock.GetUtcNow());
        await reports.RenderAsync(summary, cancellationToken);
        await summaries.WriteAsync(summary, cancellationToken);

        // Published on every compile: an unchanged summary has the same version, hence the same event id.
        await notifications.SummaryCompiledAsync(year, summary.Version, summary.CompiledAt, cancellationToken);
        logger.LogInformation("Compiled {Year}: {Documents} documents, {Paragraphs} paragraphs (version {Version}).",
            year, summary.Totals.Documents, summary.Totals.Paragraphs, summary.Version);
        return summary;
    }

    /// <summary>
    /// The year's classified documents, less those a newer version replaced, which are withdrawn now
    /// (<see cref="ReplacedVersions"/>): the year's rows are read in one query either way; a document of another year
    /// that one of them says it replaces is read by its id.
    /// </summary>
    private async Task<IReadOnlyList<DocumentEntity>> CurrentVersionsAsync(int year, CancellationToken cancellationToken)
    {
        var rows = await documents.ListAsync(year, status: null, cancellationToken);
        var elsewhere = new List<DocumentEntity>();
        foreach (var id in ReplacedVersions.DeclaredElsewhere(rows))
        {
            if (await documents.GetAsync(id, cancellationToken) is { } row)
            {
                elsewhere.Add(row);
            }
        }

        var replaced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var replacement in ReplacedVersions.Find(rows.Concat(elsewhere)))
        {
            replaced.Add(replacement.Earlier.PartitionKey);
            if (await withdrawer.WithdrawReplacedAsync(replacement, cancellationToken))
            {
                logger.LogInformation(
                    "Document {Id} ({Blob}) is replaced by its newer version, document {Current}: withdrawn.",
                    replacement.Earlier.PartitionKey, UploadNames.ForLog(replacement.Earlier.BlobName), replacement.Current.PartitionKey);
            }
        }

        await RemoveWithdrawnFromIndexAsync(year, rows, cancellationToken);
        return rows.Where(d => d.StatusValue == DocumentStatus.Classified && !replaced.Contains(d.PartitionKey)).ToArray();
    }

    /// <summary>
    /// Takes out of the query index the rows of the year's withdrawn documents: a withdrawal writes the status first and
    /// removes the index row after, so one cut short between the two (a worker stopped) left the document in the label
    /// queries until someone withdrew it again. Costs a query of the index's keys, and only in a year with withdrawals.
    /// </summary>
    private async Task RemoveWithdrawnFromIndexAsync(int year, IReadOnlyCollection<DocumentEntity> rows, CancellationToken cancellationToken)
    {
        var withdrawn = rows.Where(d => d.StatusValue == DocumentStatus.Withdrawn).Select(d => d.PartitionKey).ToHashSet(StringComparer.Ordinal);
        if (withdrawn.Count == 0)
        {
            return;
        }

        await foreach (var id in index.ReadDocumentIdsAsync(year, cancellationToken))
        {
            if (withdrawn.Contains(id))
            {
                await index.DeleteAsync(year, id, cancellationToken);
                logger.LogInformation("Document {Id}, withdrawn, was still in the {Year} query index: removed.", id, year);
            }
        }
    }

    internal static SummaryParagraph ToSummaryParagraph(ParagraphEntity row)
    {
        var evidence = row.GetActionLineLabels();
        // A reviewer's labels count instead of the classifier's; the classifier's evidence still explains them where it agrees.
        var actionLines = row.EffectiveActionLines;
        var agreeing = evidence.Where(e => actionLines.Contains(e.Code)).ToArray();
        return new SummaryParagraph(
            row.Index,
            row.Number,
            row.LabelledKind ?? row.Kind,
            row.Text,
            actionLines,
            agreeing.FirstOrDefault(e => actionLines.Count > 0 && e.Code == actionLines[0])?.Score ?? (row.IsReviewed && actionLines.Count > 0 ? 1 : 0),
            agreeing.SelectMany(e => e.Evidence).ToArray(),
            row.EffectiveRequestingBodies,
            ParagraphEntity.SplitList(row.Addressees),
            row.ClassifiedAt is null ? null : row.GetRequests(),
            row.Section);
    }
}
