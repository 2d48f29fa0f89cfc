using System.ComponentModel.DataAnnotations;
using Serverless.Shared.Reading;

namespace Serverless.Shared.Pipeline;

/// <summary>Limits and sizes of the ingestion pipeline. Section <c>Pipeline</c>.</summary>
public sealed class PipelineOptions
{
    public const string SectionName = "Pipeline";

    /// <summary>
    /// Uploads larger than this end as <c>Failed</c> without being read (HTTP uploads get 413). Default and ceiling:
    /// <see cref="ReadingLimits.MaxFileBytes"/> (50 MB), what the readers accept, so a file is never accepted here
    /// only to be refused by its reader.
    /// </summary>
    [Range(1, ReadingLimits.MaxFileBytes)]
    public long MaxDocumentBytes { get; set; } = ReadingLimits.MaxFileBytes;

    /// <summary>
    /// Paragraphs per classification work item. By default a document is one message whatever its size (the most
    /// paragraphs a document may have): the classifier labels tens of thousands of paragraphs a second, so even the
    /// largest document is done well within a message's lease, and every further message would cost a send, a
    /// done-marker row, a progress update and its own index writes. Smaller values spread one document over workers.
    /// </summary>
    [Range(1, 1_000_000)]
    public int ParagraphsPerWorkItem { get; set; } = 20_000;

    /// <summary>
    /// Most paragraphs a document may split into; more end it <c>Failed</c> before anything is stored. The longest UN
    /// report in the corpus has about 500; a file of 100,000 one-word lines would otherwise cost 100,000 rows and 1,000
    /// queue messages.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxParagraphs { get; set; } = 20_000;

    /// <summary>
    /// Longest a document's reading and splitting into paragraphs may take before it ends <c>Failed</c>. The readers'
    /// structure limits bound every input found to cost more than linearly; this bounds what they did not foresee. The
    /// readers stop at their next page, element or line once it has passed (a library cannot be stopped in the middle of
    /// a call). The largest real report reads in a few seconds.
    /// </summary>
    [Range(1, 3600)]
    public int MaxReadSeconds { get; set; } = 120;

    /// <summary>
    /// A document <c>Received</c> or <c>Classifying</c> whose row has not changed for this long is taken to be stuck
    /// (its worker stopped) and is driven on by the reconciliation. Longer than one step takes on a large document,
    /// short enough that a crash is recovered from within two minutes of a restart.
    /// </summary>
    [Range(5, 3600)]
    public int StuckAfterSeconds { get; set; } = 45;

    /// <summary>How often the reconciliation drives one document on before it gives up and marks it <c>Failed</c>.</summary>
    [Range(1, 100)]
    public int MaxRedrives { get; set; } = 5;
}
