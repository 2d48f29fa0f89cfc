using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Text in UTF-7: plain ASCII in which every other letter is written in base 64 between <c>+</c> and <c>-</c>
/// (<c>d+AOk-veloppement</c> for "développement"), as some mail programs and old converters saved it. Read as ASCII, its
/// French words were cut in two around such runs and matched nothing ("Le Conseil +AOk-conomique"). It is told by its byte
/// order mark (<c>+/v8</c>, <c>+/v9</c>, <c>+/v+</c>, <c>+/v/</c>), or, in an ASCII file without one, by three runs that
/// code letters or punctuation beyond ASCII and nothing else: prose written in ASCII has no <c>+</c> followed by a whole
/// such code (<c>a+b</c>, <c>+41 22</c> and <c>C++</c> decode to no character).
/// </summary>
internal static class Utf7Text
{
#pragma warning disable SYSLIB0001 // UTF-7 is obsolete for writing; it is here to read what was written in it.
    public static readonly Encoding Encoding = Encoding.UTF7;
#pragma warning restore SYSLIB0001

    private const int RunsNeeded = 3;

    public static bool Is(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 4 && bytes[..3].SequenceEqual("+/v"u8) && bytes[3] is (byte)'8' or (byte)'9' or (byte)'+' or (byte)'/')
        {
            return true;
        }

        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        if (!Ascii.IsValid(bytes) || sample.IndexOf((byte)'+') < 0)
        {
            return false;
        }

        var runs = 0;
        for (var i = sample.IndexOf((byte)'+'); i >= 0 && i < sample.Length; i++)
        {
            if (sample[i] != (byte)'+')
            {
                continue;
            }

            var end = i + 1;
            while (end < sample.Length && IsBase64(sample[end]))
            {
                end++;
            }

            if (end > i + 1 && CodesLettersBeyondAscii(sample[(i + 1)..end]))
            {
                runs++;
                if (runs >= RunsNeeded)
                {
                    return true;
                }
            }

            i = end - 1;
        }

        return false;
    }

    /// <summary>Whether a run's base 64 holds whole UTF-16 characters, each a letter or punctuation past ASCII.</summary>
    private static bool CodesLettersBeyondAscii(ReadOnlySpan<byte> run)
    {
        var bits = run.Length * 6;
        var characters = bits / 16;
        // The bits left over after the last whole character are padding: fewer than 6 of them, and all zero.
        if (characters == 0 || bits - characters * 16 >= 6)
        {
            return false;
        }

        ulong buffer = 0;
        var held = 0;
        var decoded = 0;
        foreach (var b in run)
        {
            buffer = (buffer << 6) | (uint)Base64Value(b);
            held += 6;
            if (held >= 16)
            {
                held -= 16;
                var c = (char)((buffer >> held) & 0xFFFF);
                if (c < 0x80 || !(char.IsLetter(c) || char.IsPunctuation(c)))
                {
                    return false;
                }

                decoded++;
            }
        }

        return decoded == characters && (buffer & ((1UL << held) - 1)) == 0;
    }

    private static bool IsBase64(byte b) => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'+' or (byte)'/';

    private static int Base64Value(byte b) => b switch
    {
        >= (byte)'A' and <= (byte)'Z' => b - 'A',
        >= (byte)'a' and <= (byte)'z' => b - 'a' + 26,
        >= (byte)'0' and <= (byte)'9' => b - '0' + 52,
        (byte)'+' => 62,
        _ => 63,
    };
}
