namespace Serverless.Shared.Reading;

/// <summary>Turns the bytes of one file format into blocks.</summary>
public interface IDocumentReader
{
    /// <summary>Short name of the format, e.g. <c>markdown</c>; stored on the document record.</summary>
    string Format { get; }

    /// <summary>True when this reader recognises the source, by content first, then extension, then content type.</summary>
    bool CanRead(DocumentSource source);

    /// <summary>Reads the document.</summary>
    /// <exception cref="UnreadableDocumentException">The content is damaged, empty, encrypted or otherwise unreadable.</exception>
    ReadDocument Read(DocumentSource source, CancellationToken cancellationToken = default);
}
