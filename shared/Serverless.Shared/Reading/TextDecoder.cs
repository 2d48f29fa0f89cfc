using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Decodes the bytes of a text file: a BOM decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE, UTF-7); UTF-32 and UTF-16 without a BOM
/// are recognised by their zero bytes, UTF-7 by its coded runs (<see cref="Utf7Text"/>) (UTF-32, with a BOM or not, was refused as "binary data"); otherwise strict UTF-8, and Windows-1252 when the bytes are not valid UTF-8 (French text saved
/// by older Office tools: <c>é</c> is the single byte 0xE9), or both in one text (<see cref="MixedEncodingText"/>). Refuses bytes that are not text at all, and text in an
/// older encoding of another script (<see cref="OtherCodePage"/>), which Windows-1252 would turn into other letters.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;
    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false);

    /// <summary>
    /// The encoding of the bytes and the length of their byte order mark, without decoding them all; refuses binary
    /// data (judged on the first 64 KB). Lets a reader decode line by line instead of building one large string.
    /// </summary>
    public static (Encoding Encoding, int Preamble) DetectEncoding(ReadOnlySpan<byte> bytes)
    {
        var (encoding, preamble) = bytes switch
        {
            _ when Utf32(bytes) is { } utf32 => utf32,
            _ when bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) => (Encoding.UTF8, 3),
            _ when bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) => (Encoding.Unicode, 2),
            _ when bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) => (Encoding.BigEndianUnicode, 2),
            _ when Utf7Text.Is(bytes) => (Utf7Text.Encoding, 0),
            _ => (Utf16WithoutBom(bytes) ?? Utf8OrWindows1252(bytes), 0),
        };

        var sample = bytes[preamble..];
        sample = sample[..Math.Min(sample.Length, 64 * 1024)];
        if (encoding == Windows1252 || encoding == MixedEncodingText.Encoding)
        {
            OtherCodePage.Refuse(sample);
        }

        // Decoded a piece at a time into a small buffer on the stack, counting as it goes: as a string, the sample was
        // a 128 KB object on the large object heap; rented from the shared pool, it was an array that the pool trims
        // after every full collection. A decoder carries a character cut between two pieces over to the next, so
        // the characters counted are those of decoding the sample at once.
        if (LooksBinary(encoding.GetDecoder(), sample))
        {
            throw new UnreadableDocumentException(
                "The file does not contain text: it holds binary data. Upload a PDF, DOCX, HTML, Markdown or plain-text file.");
        }

        return (encoding, preamble);
    }

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
        if (Utf32(bytes) is var (utf32, preamble))
        {
            return utf32.GetString(bytes[preamble..]);
        }

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

        if (Utf16WithoutBom(bytes) is { } utf16)
        {
            return utf16.GetString(bytes);
        }

        if (Utf7Text.Is(bytes))
        {
            return Utf7Text.Encoding.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            OtherCodePage.Refuse(bytes);
            return Utf8OrWindows1252(bytes).GetString(bytes);
        }
    }

    /// <summary>UTF-8 when the bytes are; else Windows-1252, or both where a text mixes them (<see cref="MixedEncodingText"/>).</summary>
    private static Encoding Utf8OrWindows1252(ReadOnlySpan<byte> bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8
        : MixedEncodingText.IsMixed(bytes) ? MixedEncodingText.Encoding
        : Windows1252;

    /// <summary>
    /// UTF-32 by its BOM (before UTF-16's, which its little-endian one begins with), or without one by its zeros: no code
    /// point passes U+10FFFF, so one byte of every four is zero, and text nearly always has the next one zero too; where
    /// they are tells the byte order. A four-byte group whose low byte is zero (U+0100, an emoji) does not count.
    /// </summary>
    private static (Encoding Encoding, int Preamble)? Utf32(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (Encoding.UTF32, 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (Utf32BigEndian, 4);
        }

        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~3)];
        if (sample.Length < 8)
        {
            return null;
        }

        int little = 0, big = 0;
        for (var i = 0; i < sample.Length; i += 4)
        {
            little += sample[i] != 0 && sample[i + 2] == 0 && sample[i + 3] == 0 ? 1 : 0;
            big += sample[i] == 0 && sample[i + 1] == 0 && sample[i + 3] != 0 ? 1 : 0;
        }

        var groups = sample.Length / 4;
        return little > groups * 0.9 ? (Encoding.UTF32, 0) : big > groups * 0.9 ? (Utf32BigEndian, 0) : null;
    }

    /// <summary>Latin-script UTF-16 has a zero in every other byte; which half tells the byte order.</summary>
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
        {
            return Encoding.Unicode;
        }

        return evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05 ? Encoding.BigEndianUnicode : null;
    }

    /// <summary><see cref="LooksBinary(ReadOnlySpan{char})"/> of the characters the bytes decode to (at most 64 KB of bytes).</summary>
    private static bool LooksBinary(Decoder decoder, ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[1024];
        int control = 0, length = 0;
        var completed = false;
        while (!completed)
        {
            // flush: at the end of the sample, an unfinished character decodes as U+FFFD, as it does at once.
            decoder.Convert(bytes, chars, flush: true, out var used, out var written, out completed);
            bytes = bytes[used..];
            control += ControlCharacters(chars[..written]);
            length += written;
        }

        return length > 0 && control > length / 100;
    }

    /// <summary>Text has almost no control characters besides tab and line breaks; binary data has many.</summary>
    private static bool LooksBinary(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var sample = text[..Math.Min(text.Length, 64 * 1024)];
        return ControlCharacters(sample) > sample.Length / 100;
    }

    private static int ControlCharacters(ReadOnlySpan<char> text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v' or '\u0085')) || c == '\uFFFD')
            {
                control++;
            }
        }

        return control;
    }
}
