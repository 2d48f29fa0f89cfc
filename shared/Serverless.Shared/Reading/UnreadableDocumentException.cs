namespace Serverless.Shared.Reading;

/// <summary>
/// A document cannot be read for a reason its author can fix (empty, damaged, encrypted, unsupported, too large).
/// The message is written for a person and shown as the document's failure reason; retrying will not help.
/// </summary>
public sealed class UnreadableDocumentException(string reason, Exception? inner = null) : Exception(reason, inner);
