using System.ComponentModel.DataAnnotations;

namespace Serverless.Shared.Pipeline;

/// <summary>Limits and sizes of the ingestion pipeline. Section <c>Pipeline</c>.</summary>
public sealed class PipelineOptions
{
    public const string SectionName = "Pipeline";

    /// <summary>Uploads larger than this end as <c>Failed</c> without being read. Default 100 MB.</summary>
    [Range(1, 2L * 1024 * 1024 * 1024)]
    public long MaxDocumentBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Paragraphs per classification work item: small enough to finish well within a visibility timeout.</summary>
    [Range(1, 1000)]
    public int ParagraphsPerWorkItem { get; set; } = 100;
}
