using Microsoft.Extensions.Options;
using Serverless.Shared.Downloads;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>What the from-url route needs (<see cref="DocumentLinksApi"/>): the download, then the same intake as an upload.</summary>
public sealed class DocumentLinksServices(DocumentDownloader downloader, DocumentIntake intake, DocumentStore documents, IOptions<PipelineOptions> pipelineOptions)
{
    public DocumentStore Documents { get; } = documents;
    public DocumentDownloader Downloader { get; } = downloader;
    public DocumentIntake Intake { get; } = intake;
    public PipelineOptions Pipeline { get; } = pipelineOptions.Value;
}
