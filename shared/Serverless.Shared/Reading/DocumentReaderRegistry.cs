namespace Serverless.Shared.Reading;

/// <summary>
/// Picks the reader for a source. Readers are asked in reverse order of registration, so a reader
/// registered later overrides a default for the formats it claims.
/// </summary>
public sealed class DocumentReaderRegistry(IEnumerable<IDocumentReader> readers)
{
    private readonly IDocumentReader[] _readers = readers.Reverse().ToArray();

    public IReadOnlyList<string> Formats => _readers.Select(r => r.Format).Distinct().ToArray();

    public IDocumentReader? Find(DocumentSource source) => _readers.FirstOrDefault(r => r.CanRead(source));
}
