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
    /// <param name="document">The document being ingested, as its caller holds it (just written): its own link is decided
    /// on that row, without reading it again.</param>
    /// <returns>The document's row as it now stands.</returns>
    public async Task<DocumentEntity> LinkAsync(DocumentEntity document, string fingerprint, CancellationToken cancellationToken = default)
    {
        await renditions.AddAsync(fingerprint, document.PartitionKey, document.ReceivedAt, cancellationToken);
        var group = await renditions.ListAsync(fingerprint, cancellationToken);
        var original = group[0];
        var current = document;
        foreach (var id in group)
        {
            var target = id == original ? null : original;
            bool changed;
            if (id == document.PartitionKey)
            {
                // A stale held row can only ask for a write the conditional update then refuses; a sibling that linked this
                // row after it was held listed a group holding it, and so decided as this call does.
                (changed, var row) = await documents.UpdateHeldAsync(document, d => Link(d, target), cancellationToken);
                current = row ?? document;
            }
            else
            {
                changed = await documents.UpdateAsync(id, d => Link(d, target), cancellationToken);
            }

            if (changed && target is not null)
            {
                logger.LogInformation("Document {Id} has the same text as document {Original}: recorded as a rendition of it.", id, target);
            }
        }

        return current;
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
