namespace Serverless.Shared.Documents;

/// <summary>Where a document is in the pipeline. Stored as text, so the names are part of the API.</summary>
public enum DocumentStatus
{
    /// <summary>The upload is stored; the blob trigger has not read it yet.</summary>
    Received,

    /// <summary>Paragraphs are stored and classification work is queued.</summary>
    Classifying,

    /// <summary>Every paragraph has its labels.</summary>
    Classified,

    /// <summary>The document could not be processed; <c>FailureReason</c> says why. The original is kept.</summary>
    Failed,

    /// <summary>
    /// A person withdrew it (<c>DELETE /api/documents/{id}</c>): its paragraphs left the index and the summaries; the
    /// original is kept in the archive container.
    /// </summary>
    Withdrawn,
}
