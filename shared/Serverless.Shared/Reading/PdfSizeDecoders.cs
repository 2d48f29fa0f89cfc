namespace Serverless.Shared.Reading;

/// <summary>
/// Decodes the PDF filters other than Flate that expand their data, LZW and run-length, piece by piece into a sink,
/// never whole into memory, and stops once past a budget: <see cref="PdfStreamGuard"/> counts what they expand to as
/// it counts Flate. The PDF library decodes each stream whole: a 5 MB page of LZW-coded spaces (about a hundred
/// times smaller than what it holds) took 3.3 GB and 22 s to read, a 10 MB page of run-length spaces 3.0 GB and 26 s.
/// Damaged data ends the count where it breaks; the library decides what to make of it.
/// </summary>
internal static class PdfSizeDecoders
{
    private const int ClearTable = 256;
    private const int EndOfData = 257;
    private const int MaxCodes = 4096;

    /// <summary>The length LZW data decodes to, counted up to just past <paramref name="budget"/>.</summary>
    /// <param name="earlyChange">The stream's <c>/EarlyChange</c> (1 unless it says 0): codes widen one entry early.</param>
    /// <param name="sink">Given the decoded bytes when it needs them (a page's drawing, to count its operators).</param>
    public static long Lzw(ReadOnlySpan<byte> data, bool earlyChange, long budget, PdfContentBudget? sink)
    {
        // Each entry is its prefix's code and one more byte, so a string of any length is one entry: counting is
        // constant work a code, and spelling it out (only for a sink) is linear in what it decodes to.
        var prefix = new short[MaxCodes];
        var last = new byte[MaxCodes];
        var first = new byte[MaxCodes];
        var length = new int[MaxCodes];
        for (var i = 0; i < 256; i++)
        {
            prefix[i] = -1;
            last[i] = first[i] = (byte)i;
            length[i] = 1;
        }

        var spelt = sink is null ? null : new byte[MaxCodes];
        var change = earlyChange ? 1 : 0;
        var next = 258;
        var width = 9;
        var previous = -1;
        long total = 0;
        var bits = 0;
        var held = 0;
        foreach (var b in data)
        {
            bits = (bits << 8) | b;
            held += 8;
            while (held >= width)
            {
                held -= width;
                var code = (bits >> held) & ((1 << width) - 1);
                bits &= (1 << held) - 1;
                if (code == ClearTable)
                {
                    next = 258;
                    width = 9;
                    previous = -1;
                    continue;
                }

                if (code == EndOfData || (previous < 0 && code > 255) || code > next || (code == next && previous < 0))
                {
                    return total;
                }

                if (previous >= 0 && next < MaxCodes)
                {
                    prefix[next] = (short)previous;
                    first[next] = first[previous];
                    last[next] = code == next ? first[previous] : first[code];
                    length[next] = length[previous] + 1;
                    next++;
                    if (next + change >= 1 << width && width < 12)
                    {
                        width++;
                    }
                }

                total += length[code];
                if (spelt is not null)
                {
                    var at = length[code];
                    for (var c = code; c >= 0; c = prefix[c])
                    {
                        spelt[--at] = last[c];
                    }

                    sink!.Add(spelt.AsSpan(0, length[code]));
                }

                if (total > budget)
                {
                    return total;
                }

                previous = code;
            }
        }

        return total;
    }

    /// <summary>The length run-length data decodes to, counted up to just past <paramref name="budget"/>.</summary>
    public static long RunLength(ReadOnlySpan<byte> data, long budget, PdfContentBudget? sink)
    {
        Span<byte> run = stackalloc byte[128];
        long total = 0;
        var position = 0;
        while (position < data.Length && total <= budget)
        {
            var header = data[position++];
            if (header == 128)
            {
                break;
            }

            if (header < 128)
            {
                // The next header + 1 bytes as they are.
                var literal = data.Slice(position, Math.Min(header + 1, data.Length - position));
                position += literal.Length;
                total += literal.Length;
                sink?.Add(literal);
            }
            else if (position < data.Length)
            {
                // The next byte 257 - header times.
                var count = 257 - header;
                total += count;
                if (sink is not null)
                {
                    run[..count].Fill(data[position]);
                    sink.Add(run[..count]);
                }

                position++;
            }
        }

        return total;
    }
}
