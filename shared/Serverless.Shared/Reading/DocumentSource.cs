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

    /// <summary>
    /// The file's bytes, read to its end but never past the size limit: a file that is no regular file (a pipe, a
    /// device such as <c>/dev/zero</c>, a file of <c>/proc</c>) announces no length, and one being written or cut while
    /// it is read ends elsewhere than announced, so the length the file system gives decides nothing.
    /// </summary>
    public static DocumentSource FromFile(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        return FromStream(Path.GetFileName(path), file);
    }

    /// <inheritdoc cref="FromFile"/>
    public static DocumentSource FromStream(string fileName, Stream content)
    {
        var announced = content.CanSeek ? content.Length - content.Position : 0;
        if (announced > ReadingLimits.MaxFileBytes)
        {
            throw TooLarge($"{announced / (1024 * 1024)} MB");
        }

        var buffer = new byte[Math.Max(announced, 81_920)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > ReadingLimits.MaxFileBytes)
                {
                    throw TooLarge($"more than {ReadingLimits.MaxFileBytes / (1024 * 1024)} MB");
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, ReadingLimits.MaxFileBytes + 1));
            }

            var read = content.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                return new(fileName, null, buffer.AsMemory(0, length));
            }

            length += read;
        }
    }

    private static UnreadableDocumentException TooLarge(string size) =>
        new($"The file is too large ({size}); the limit is {ReadingLimits.MaxFileBytes / (1024 * 1024)} MB.");
}
