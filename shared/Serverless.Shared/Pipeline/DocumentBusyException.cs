using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// A document cannot be corrected or withdrawn while the pipeline is still writing its rows (Received, Classifying):
/// the caller tries again when it is Classified or Failed. The HTTP API answers 409.
/// </summary>
public sealed class DocumentBusyException(string message) : Exception(message)
{
    public static void ThrowIfBusy(DocumentEntity document, string what)
    {
        if (document.StatusValue is DocumentStatus.Received or DocumentStatus.Classifying)
        {
            throw new DocumentBusyException(
                $"Document '{document.PartitionKey}' is {document.StatusValue}: it can be {what} once it is Classified or Failed. Try again in a moment.");
        }
    }
}
