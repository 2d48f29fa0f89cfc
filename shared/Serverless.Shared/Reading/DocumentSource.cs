namespace Serverless.Shared.Reading;

/// <summary>An uploaded file as readers see it: its name, its declared content type (if any) and its bytes.</summary>
public sealed record DocumentSource(string FileName, string? ContentType, ReadOnlyMemory<byte> Content)
{
    public string Extension => Path.GetExtension(FileName).ToLowerInvariant();

    /// <summary>The format the bytes reveal; computed once per source because every reader asks.</summary>
    public SniffedFormat Sniffed => _sniffed ??= ContentSniffer.Sniff(Content.Span);

    private SniffedFormat? _sniffed;

    /// <summary>True when the declared content type starts with one of <paramref name="types"/>.</summary>
    public bool DeclaresType(params string[] types) =>
        ContentType is { } declared && types.Any(t => declared.StartsWith(t, StringComparison.OrdinalIgnoreCase));

    public static DocumentSource FromFile(string path)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length > ReadingLimits.MaxFileBytes)
        {
            throw new UnreadableDocumentException(
                $"The file is too large ({info.Length / (1024 * 1024)} MB); the limit is {ReadingLimits.MaxFileBytes / (1024 * 1024)} MB.");
        }

        return new(Path.GetFileName(path), null, File.ReadAllBytes(path));
    }
}
