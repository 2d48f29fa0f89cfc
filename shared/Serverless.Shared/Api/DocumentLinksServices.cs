using Microsoft.Extensions.Options;
using Serverless.Shared.Downloads;
using Serverless.Shared.Pipeline;

namespace Serverless.Shared.Api;

/// <summary>What the from-url route needs (<see cref="DocumentLinksApi"/>): the download, then the same intake as an upload.</summary>
public sealed class DocumentLinksServices(DocumentDownloader downloader, DocumentIntake intake, IOptions<PipelineOptions> pipelineOptions)
{
    public DocumentDownloader Downloader { get; } = downloader;
    public DocumentIntake Intake { get; } = intake;
    public PipelineOptions Pipeline { get; } = pipelineOptions.Value;
}
