namespace Serverless.Shared.Reading;

/// <summary>
/// The two PDF filters that write binary data as text (<c>/ASCIIHexDecode</c>, <c>/ASCII85Decode</c>), undone so that the
/// compression guard can count what a filter chain such as <c>[/ASCIIHexDecode /FlateDecode]</c> expands to: the text
/// layer only halves a bomb's ratio, and the library decodes the chain whole. Both give at most a few times fewer bytes
/// than they read (at most four per character for a run of <c>z</c>), so they are undone into memory.
/// </summary>
internal static class PdfAsciiFilters
{
    public enum Layer { None, Hex, Base85 }

    private static readonly (byte[] Name, Layer Layer)[] Names =
    [
        ("/ASCIIHexDecode"u8.ToArray(), Layer.Hex), ("/AHx"u8.ToArray(), Layer.Hex),
        ("/ASCII85Decode"u8.ToArray(), Layer.Base85), ("/A85"u8.ToArray(), Layer.Base85),
    ];

    /// <summary>The text layer named in the dictionary before <paramref name="before"/> (the filter it must be undone for).</summary>
    public static Layer Before(ReadOnlySpan<byte> dictionary, int before)
    {
        foreach (var (name, layer) in Names)
        {
            if (dictionary.IndexOf(name) is var at and >= 0 && at < before)
            {
                return layer;
            }
        }

        return Layer.None;
    }

    public static byte[] Decode(ReadOnlySpan<byte> data, Layer layer) => layer == Layer.Hex ? Hex(data) : Base85(data);

    private static byte[] Hex(ReadOnlySpan<byte> data)
    {
        var output = new byte[data.Length / 2 + 1];
        var (count, high) = (0, -1);
        foreach (var b in data)
        {
            if (b == '>')
            {
                break;
            }

            var digit = HexValue(b);
            if (digit < 0)
            {
                continue; // white space, or a character the library would refuse
            }

            if (high < 0)
            {
                high = digit;
            }
            else
            {
                output[count++] = (byte)(high << 4 | digit);
                high = -1;
            }
        }

        if (high >= 0)
        {
            output[count++] = (byte)(high << 4);
        }

        return output[..count];
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static byte[] Base85(ReadOnlySpan<byte> data)
    {
        var output = new MemoryStream(data.Length);
        Span<byte> group = stackalloc byte[5];
        var filled = 0;
        for (var i = 0; i < data.Length; i++)
        {
            var b = data[i];
            if (b == '~')
            {
                break;
            }

            if (b == 'z' && filled == 0)
            {
                output.Write([0, 0, 0, 0]);
                continue;
            }

            if (b is < (byte)'!' or > (byte)'u')
            {
                continue; // white space
            }

            group[filled++] = (byte)(b - '!');
            if (filled == 5)
            {
                WriteGroup(output, group, 4);
                filled = 0;
            }
        }

        if (filled > 1)
        {
            // A last partial group is padded with the highest digit and gives one byte less than its digits.
            for (var i = filled; i < 5; i++)
            {
                group[i] = 84;
            }

            WriteGroup(output, group, filled - 1);
        }

        return output.ToArray();
    }

    private static void WriteGroup(MemoryStream output, ReadOnlySpan<byte> group, int bytes)
    {
        uint value = 0;
        foreach (var digit in group)
        {
            value = unchecked(value * 85 + digit);
        }

        Span<byte> word = [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
        output.Write(word[..bytes]);
    }
}
