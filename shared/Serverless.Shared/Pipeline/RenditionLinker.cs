using Microsoft.Extensions.Logging;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// Links the renditions of one contribution: every document with the same text fingerprint points at the first one
/// received (<c>renditionOf</c>), which alone counts in the summary. Each ingest re-derives the links of the whole group,
/// so two renditions ingested at the same time, in any order, or twice, converge on the same links.
/// </summary>
public sealed class RenditionLinker(RenditionStore renditions, DocumentStore documents, ILogger<RenditionLinker> logger)
{
    /// <summary>
    /// Records the document in its fingerprint's group and links the group's other documents. The document's own link is
    /// returned, not written: the caller writes it with the document's row (one write instead of two).
    /// </summary>
    /// <returns>The id of the document this one is a rendition of; null when it is the first received of its group.</returns>
    public async Task<string?> LinkAsync(string documentId, DateTimeOffset receivedAt, string fingerprint, CancellationToken cancellationToken = default)
    {
        var group = await renditions.JoinAsync(fingerprint, documentId, receivedAt, cancellationToken);
        var original = group[0];
        foreach (var id in group.Where(id => id != documentId))
        {
            var target = id == original ? null : original;
            if (await documents.UpdateAsync(id, d => Link(d, target), cancellationToken) && target is not null)
            {
                logger.LogInformation("Document {Id} has the same text as document {Original}: recorded as a rendition of it.", id, target);
            }
        }

        var own = documentId == original ? null : original;
        if (own is not null)
        {
            logger.LogInformation("Document {Id} has the same text as document {Original}: recorded as a rendition of it.", documentId, own);
        }

        return own;
    }

    private static bool Link(DocumentEntity document, string? target)
    {
        if (document.RenditionOf == target)
        {
            return false;
        }

        document.RenditionOf = target;
        return true;
    }
}
