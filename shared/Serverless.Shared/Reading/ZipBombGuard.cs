using System.IO.Compression;

namespace Serverless.Shared.Reading;

/// <summary>
/// Checks a zip package (DOCX) from its central directory before any part is inflated: the declared
/// uncompressed sizes and compression ratios reveal a zip bomb without expanding it.
/// </summary>
internal static class ZipBombGuard
{
    public static void Check(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength > 0 ? entry.Length / entry.CompressedLength : 0;
                if (total > ReadingLimits.MaxUncompressedBytes || (entry.Length > 1024 * 1024 && ratio > ReadingLimits.MaxCompressionRatio))
                {
                    throw new UnreadableDocumentException(
                        "The DOCX file expands to an abnormal size when opened (a compressed 'zip bomb'); it was not read.");
                }
            }
        }
        catch (InvalidDataException exception)
        {
            throw new UnreadableDocumentException("The DOCX file is damaged or incomplete and cannot be opened. Save it again and upload the new file.", exception);
        }
    }
}
