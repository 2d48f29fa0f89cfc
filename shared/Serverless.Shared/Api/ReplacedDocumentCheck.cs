using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>
/// Reads the <c>replaces</c> value of an upload or a link: the id of a document the platform holds, which the new file is
/// a corrected version of. Checked at the door, so a mistyped id is refused now rather than replacing nothing unseen.
/// </summary>
public static class ReplacedDocumentCheck
{
    /// <returns>The id (none when not given), or why it cannot be used.</returns>
    public static async Task<(string? Id, string? Problem)> ReadAsync(string? given, DocumentStore documents, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            return (null, null);
        }

        var id = given.Trim().ToLowerInvariant();
        if (!DocumentId.IsValid(id))
        {
            return (null, "'replaces' takes the id of the document this file is a newer version of: 64 hexadecimal digits, as GET /api/documents gives it.");
        }

        return await documents.GetAsync(id, cancellationToken) is null
            ? (null, $"No document has the id '{id}' that 'replaces' names. Check the id with GET /api/documents, or leave 'replaces' out.")
            : (id, null);
    }
}
