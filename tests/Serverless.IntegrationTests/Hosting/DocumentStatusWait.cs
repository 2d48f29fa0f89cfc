using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Hosting;

/// <summary>Polls a document's row until it reaches a status or the time is up, for hosts the tests start themselves.</summary>
internal static class DocumentStatusWait
{
    /// <returns>The last row read (null when there was none), whether or not it reached the status.</returns>
    public static async Task<DocumentEntity?> WaitForStatusAsync(this DocumentStore documents, string id, DocumentStatus status, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        DocumentEntity? document;
        while ((document = await documents.GetAsync(id))?.StatusValue != status && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }

        return document;
    }
}
