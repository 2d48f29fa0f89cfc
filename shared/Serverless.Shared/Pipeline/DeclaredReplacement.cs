using Microsoft.Extensions.Logging;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// Withdraws the document an upload said it replaces (<c>replaces</c>) as soon as the upload is classified, so the
/// portal and the queries stop showing the earlier version then, not at the year's next compile. The compile settles
/// the same replacements from the rows it reads (<see cref="ReplacedVersions"/>), so one missed here, say by a
/// process stopped in between, is settled there; asking twice withdraws once.
/// </summary>
public sealed class DeclaredReplacement(DocumentStore documents, DocumentWithdrawer withdrawer, ILogger<DeclaredReplacement> logger)
{
    /// <param name="current">The row of a document just classified, as its step holds it (its id and <c>replaces</c> are read).</param>
    public async Task SettleAsync(DocumentEntity current, CancellationToken cancellationToken = default)
    {
        // Most documents replace nothing: they cost no request here.
        if (current.Replaces is not { } id || id == current.PartitionKey)
        {
            return;
        }

        // The step may hold only the columns classification reads; the withdrawal's reason names the newer file.
        var newer = await documents.GetAsync(current.PartitionKey, cancellationToken);
        var earlier = await documents.GetAsync(id, cancellationToken);
        if (newer is null || earlier is null || ReplacedVersions.Declared(newer, earlier) is not { } replacement)
        {
            return;
        }

        if (await withdrawer.WithdrawReplacedAsync(replacement, cancellationToken))
        {
            logger.LogInformation(
                "Document {Id} is replaced by its newer version, document {Current}, now classified: withdrawn.", id, current.PartitionKey);
        }
    }
}
