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
    public async Task LinkAsync(string documentId, string fingerprint, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        await renditions.AddAsync(fingerprint, documentId, receivedAt, cancellationToken);
        var group = await renditions.ListAsync(fingerprint, cancellationToken);
        var original = group[0];
        foreach (var id in group)
        {
            var target = id == original ? null : original;
            var changed = await documents.UpdateAsync(id, d =>
            {
                if (d.RenditionOf == target)
                {
                    return false;
                }

                d.RenditionOf = target;
                return true;
            }, cancellationToken);
            if (changed && target is not null)
            {
                logger.LogInformation("Document {Id} has the same text as document {Original}: recorded as a rendition of it.", id, target);
            }
        }
    }
}
