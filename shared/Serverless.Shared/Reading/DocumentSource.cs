namespace Serverless.Shared.Reading;

/// <summary>An uploaded file as readers see it: its name, its declared content type (if any) and its bytes.</summary>
public sealed record DocumentSource(string FileName, string? ContentType, ReadOnlyMemory<byte> Content)
{
    public string Extension => Path.GetExtension(FileName).ToLowerInvariant();

    public static DocumentSource FromFile(string path) =>
        new(Path.GetFileName(path), null, File.ReadAllBytes(path));
}
