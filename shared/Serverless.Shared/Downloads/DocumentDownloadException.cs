namespace Serverless.Shared.Downloads;

/// <summary>A download that did not give a document, with a reason a contributor can act on.</summary>
public sealed class DocumentDownloadException(DownloadFailure failure, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public DownloadFailure Failure { get; } = failure;
}
