using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// A text that is UTF-8 in places and Windows-1252 in others: two files joined (<c>cat</c>, or a mail system gathering
/// several contributions), or a UTF-8 passage pasted into an older editor's file. Read whole as Windows-1252, as any text
/// that is not valid UTF-8 was, every accent of its UTF-8 part became two letters ("dÃ©veloppement"), and no French word
/// there matched. Such a text is read as UTF-8, each byte that is not part of a UTF-8 character as the Windows-1252
/// letter it codes. It is taken for one when at least <see cref="LeastUtf8Letters"/> UTF-8 sequences code Latin letters or
/// punctuation (U+00A0 to U+017F, U+2010 to U+20AC): a Windows-1252 text holds almost none, as a capital with an accent
/// would have to be followed by a symbol ("Ã©" is two letters no French word writes).
/// </summary>
internal static class MixedEncodingText
{
    private const int LeastUtf8Letters = 3;

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    /// <summary>UTF-8 whose invalid bytes decode as Windows-1252 letters.</summary>
    public static readonly Encoding Encoding = Encoding.GetEncoding(65001, EncoderFallback.ReplacementFallback, new Windows1252Fallback());

    /// <summary>Whether <paramref name="bytes"/>, which are not valid UTF-8, hold UTF-8 letters enough to be a mixed text.</summary>
    public static bool IsMixed(ReadOnlySpan<byte> bytes)
    {
        var letters = 0;
        while (letters < LeastUtf8Letters)
        {
            var next = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (next < 0)
            {
                return false;
            }

            bytes = bytes[next..];
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done && rune.Value is (>= 0xA0 and <= 0x17F) or (>= 0x2010 and <= 0x20AC))
            {
                letters++;
            }

            bytes = bytes[Math.Max(1, consumed)..];
        }

        return true;
    }

    private sealed class Windows1252Fallback : DecoderFallback
    {
        public override int MaxCharCount => 4;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        private sealed class Buffer : DecoderFallbackBuffer
        {
            private string _chars = string.Empty;
            private int _next;

            public override int Remaining => _chars.Length - _next;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                _chars = Windows1252.GetString(bytesUnknown);
                _next = 0;
                return _chars.Length > 0;
            }

            public override char GetNextChar() => _next < _chars.Length ? _chars[_next++] : '\0';

            public override bool MovePrevious()
            {
                if (_next == 0)
                {
                    return false;
                }

                _next--;
                return true;
            }

            public override void Reset()
            {
                _chars = string.Empty;
                _next = 0;
            }
        }
    }
}
