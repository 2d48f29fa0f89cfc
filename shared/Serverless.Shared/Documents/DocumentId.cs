using System.Security.Cryptography;

namespace Serverless.Shared.Documents;

/// <summary>
/// A document is identified by the SHA-256 of its bytes, so the same file uploaded twice
/// (under the same or another name) is one document.
/// </summary>
public static class DocumentId
{
    public static string FromContent(ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(SHA256.HashData(content));

    public static async Task<string> FromStreamAsync(Stream content, CancellationToken cancellationToken = default) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));

    /// <summary>True when <paramref name="value"/> has the shape of an id (64 lower-case hex digits).</summary>
    public static bool IsValid(string? value) =>
        value is { Length: 64 } && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
