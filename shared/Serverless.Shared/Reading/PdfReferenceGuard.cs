namespace Serverless.Shared.Reading;

/// <summary>
/// Refuses a PDF whose objects stand for one another in a loop (<c>6 0 obj 7 0 R endobj</c>, <c>7 0 obj 6 0 R endobj</c>)
/// or in a chain longer than <see cref="ReadingLimits.MaxPdfReferenceChain"/>, before the PDF library opens it. The library
/// follows such references by recursion without remembering where it has been, so one such loop as a page's contents,
/// resources, media box or kids overflowed the worker's stack: the process died, and every document it was reading with
/// it. No writer makes an object that is nothing but a reference to another; the chain limit is far above what damage
/// might leave. One pass over the bytes, without parsing anything else.
/// </summary>
internal static class PdfReferenceGuard
{
    private static readonly byte[] ObjKeyword = "obj"u8.ToArray();

    public static void Check(ReadOnlySpan<byte> bytes, CancellationToken cancellationToken)
    {
        Dictionary<long, long>? aliases = null;
        var position = 0;
        var scanned = 0;
        while (true)
        {
            var found = bytes[position..].IndexOf(ObjKeyword);
            if (found < 0)
            {
                break;
            }

            var keyword = position + found;
            position = keyword + ObjKeyword.Length;
            if ((++scanned & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // "N G obj" whose body is "M G R" and then "endobj".
            if (ObjectNumberBefore(bytes, keyword) is not { } number || ReferenceAfter(bytes, position) is not { } target)
            {
                continue;
            }

            aliases ??= [];
            aliases[number] = target;
        }

        if (aliases is null)
        {
            return;
        }

        foreach (var start in aliases.Keys)
        {
            var current = start;
            for (var steps = 0; aliases.TryGetValue(current, out var next); steps++)
            {
                if (steps >= ReadingLimits.MaxPdfReferenceChain)
                {
                    throw new UnreadableDocumentException(
                        "The PDF's internal structure refers to itself in a loop (objects that only point at one another), so it cannot be read. " +
                        "Export the document to PDF again, or upload the DOCX.");
                }

                current = next;
            }
        }
    }

    /// <summary>The object number of "N G obj" ending just before <paramref name="keyword"/>, or null.</summary>
    private static long? ObjectNumberBefore(ReadOnlySpan<byte> bytes, int keyword)
    {
        var i = keyword - 1;
        if (i < 0 || !IsWhiteSpace(bytes[i]))
        {
            return null;
        }

        i = SkipWhiteSpaceBack(bytes, i);
        var generationEnd = i + 1;
        while (i >= 0 && char.IsAsciiDigit((char)bytes[i]))
        {
            i--;
        }

        if (i + 1 == generationEnd || i < 0 || !IsWhiteSpace(bytes[i]))
        {
            return null;
        }

        i = SkipWhiteSpaceBack(bytes, i);
        var numberEnd = i + 1;
        while (i >= 0 && char.IsAsciiDigit((char)bytes[i]))
        {
            i--;
        }

        return numberEnd - (i + 1) is > 0 and <= 10 ? Number(bytes[(i + 1)..numberEnd]) : null;
    }

    /// <summary>The object number of a body that is exactly "M G R" followed by "endobj", or null.</summary>
    private static long? ReferenceAfter(ReadOnlySpan<byte> bytes, int start)
    {
        var i = SkipWhiteSpace(bytes, start);
        var numberStart = i;
        while (i < bytes.Length && char.IsAsciiDigit((char)bytes[i]))
        {
            i++;
        }

        if (i - numberStart is 0 or > 10)
        {
            return null;
        }

        var number = Number(bytes[numberStart..i]);
        i = SkipWhiteSpace(bytes, i);
        var generationStart = i;
        while (i < bytes.Length && char.IsAsciiDigit((char)bytes[i]))
        {
            i++;
        }

        if (i == generationStart)
        {
            return null;
        }

        i = SkipWhiteSpace(bytes, i);
        if (i >= bytes.Length || bytes[i] != 'R')
        {
            return null;
        }

        i = SkipWhiteSpace(bytes, i + 1);
        return bytes[i..].StartsWith("endobj"u8) ? number : null;
    }

    private static long Number(ReadOnlySpan<byte> digits)
    {
        long value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }

    private static int SkipWhiteSpace(ReadOnlySpan<byte> bytes, int i)
    {
        while (i < bytes.Length && IsWhiteSpace(bytes[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipWhiteSpaceBack(ReadOnlySpan<byte> bytes, int i)
    {
        while (i >= 0 && IsWhiteSpace(bytes[i]))
        {
            i--;
        }

        return i;
    }

    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;
}
