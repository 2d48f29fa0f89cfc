using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Recognises a file's format from its first bytes. Contributors rename files, mail systems strip
/// extensions and browsers guess content types, so the bytes are the first witness; readers fall back
/// to the extension and then to the declared content type only when the bytes say nothing.
/// </summary>
public static class ContentSniffer
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>What the bytes alone say, or <see cref="SniffedFormat.Unknown"/>.</summary>
    public static SniffedFormat Sniff(ReadOnlySpan<byte> content)
    {
        // A PDF may carry a few bytes of junk before its header; readers tolerate up to 1 KB.
        var head = content[..Math.Min(content.Length, 1024)];
        if (head.IndexOf(PdfMagic) >= 0)
        {
            return SniffedFormat.Pdf;
        }

        if (content.StartsWith(ZipMagic))
        {
            // OOXML packages name their main part early in the central directory or the first entries.
            var window = content[..Math.Min(content.Length, 64 * 1024)];
            return window.IndexOf("word/"u8) >= 0 || window.IndexOf("[Content_Types].xml"u8) >= 0
                ? SniffedFormat.Docx
                : SniffedFormat.OtherBinary;
        }

        if (LooksLikeHtml(head))
        {
            return SniffedFormat.Html;
        }

        return SniffedFormat.Unknown;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) ||
               text.StartsWith("<html", StringComparison.OrdinalIgnoreCase) ||
               (text.StartsWith("<?xml", StringComparison.Ordinal) && text.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }
}
