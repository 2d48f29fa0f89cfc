using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Decodes the bytes of a text file: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, and
/// Windows-1252 when the bytes are not valid UTF-8 (French text saved by older Office tools).
/// Refuses bytes that are not text at all.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = DecodeByBomOrGuess(bytes);
        if (LooksBinary(text))
        {
            throw new UnreadableDocumentException(
                "The file does not contain text: it holds binary data. Upload a PDF, DOCX, HTML, Markdown or plain-text file.");
        }

        return text;
    }

    private static string DecodeByBomOrGuess(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(bytes);
        }
    }

    /// <summary>Text has almost no control characters besides tab and line breaks; binary data has many.</summary>
    private static bool LooksBinary(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var sample = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        var control = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                control++;
            }
        }

        return control > sample.Length / 100;
    }
}
