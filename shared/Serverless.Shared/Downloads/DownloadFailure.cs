namespace Serverless.Shared.Downloads;

/// <summary>Why a document could not be downloaded; the API turns each into its HTTP status.</summary>
public enum DownloadFailure
{
    /// <summary>The link is not http(s) or its host (or a redirect's) is not allowed: 400.</summary>
    NotAllowed,

    /// <summary>The document is larger than the pipeline accepts: 413.</summary>
    TooLarge,

    /// <summary>The source answered with an error, after retries, or redirected too often: 502.</summary>
    SourceFailed,

    /// <summary>The source could not be reached at all: 502.</summary>
    Unreachable,

    /// <summary>The source did not answer in time: 504.</summary>
    TimedOut,
}
