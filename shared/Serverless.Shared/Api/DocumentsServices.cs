using Microsoft.Extensions.Options;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>What the documents routes need (<see cref="DocumentsApi"/>): uploads, document records and their paragraphs.</summary>
public sealed class DocumentsServices(DocumentStore documents, ParagraphStore paragraphs, DocumentIntake intake, IOptions<PipelineOptions> pipelineOptions)
{
    public DocumentStore Documents { get; } = documents;
    public ParagraphStore Paragraphs { get; } = paragraphs;
    public DocumentIntake Intake { get; } = intake;
    public PipelineOptions Pipeline { get; } = pipelineOptions.Value;
}
