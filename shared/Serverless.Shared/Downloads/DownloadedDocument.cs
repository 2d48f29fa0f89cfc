namespace Serverless.Shared.Downloads;

/// <summary>The bytes behind a link, with the file name and type the source gave and the address they came from.</summary>
public sealed record DownloadedDocument(string FileName, ReadOnlyMemory<byte> Content, string? ContentType, Uri FinalUrl);
