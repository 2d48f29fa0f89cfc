using System.IO.Compression;

namespace Serverless.Shared.Reading;

/// <summary>
/// Checks a PDF's compressed streams before the PDF library opens it: each Flate, LZW or run-length stream is decoded
/// into a counter, never into memory (<see cref="PdfSizeDecoders"/> for the last two), and the file is refused as soon
/// as their total passes
/// <see cref="ReadingLimits.MaxPdfInflatedBytes"/>. The library inflates every stream whole, so a 1 MB file holding a
/// compressed-stream bomb took the worker from 300 MB to 2.8 GB, which the runtime then kept. Real documents inflate to
/// a few times their size; the largest UN report in the corpus to about 20 MB.
/// </summary>
internal static class PdfStreamGuard
{
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();
    private static readonly byte[] FlateName = "/FlateDecode"u8.ToArray();
    private static readonly byte[] FlateAbbreviation = "/Fl"u8.ToArray();
    private static readonly byte[] FilterName = "/Filter"u8.ToArray();
    private static readonly byte[] LateChange = "/EarlyChange 0"u8.ToArray();

    /// <summary>The filters that expand what they decode, by their names and abbreviations (inline images use the short ones).</summary>
    private static readonly (byte[] Name, ExpandingFilter Filter, bool WholeName)[] FilterNames =
    [
        (FlateName, ExpandingFilter.Flate, false), (FlateAbbreviation, ExpandingFilter.Flate, false),
        ("/LZWDecode"u8.ToArray(), ExpandingFilter.Lzw, true), ("/LZW"u8.ToArray(), ExpandingFilter.Lzw, true),
        ("/RunLengthDecode"u8.ToArray(), ExpandingFilter.RunLength, true), ("/RL"u8.ToArray(), ExpandingFilter.RunLength, true),
    ];

    /// <summary>Keys and values of the stream dictionaries that hold something other than drawing.</summary>
    private static readonly byte[][] NotDrawing =
    [
        "/Image"u8.ToArray(), "/Length1"u8.ToArray(), "/Length2"u8.ToArray(), "/Length3"u8.ToArray(), "/XRef"u8.ToArray(),
        "/ObjStm"u8.ToArray(), "/EmbeddedFile"u8.ToArray(), "/Metadata"u8.ToArray(), "/FunctionType"u8.ToArray(),
        "/ShadingType"u8.ToArray(), "/Type1C"u8.ToArray(), "/CIDFontType0C"u8.ToArray(), "/OpenType"u8.ToArray(),
        "/Alternate"u8.ToArray(), "/CMap"u8.ToArray(),
    ];

    /// <summary>How far before a stream its dictionary is looked for.</summary>
    private const int DictionaryWindow = 2048;

    public static void Check(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var bytes = content.Span;
        long total = 0;
        var buffer = new byte[81920];
        var position = 0;
        while (true)
        {
            var found = bytes[position..].IndexOf(StreamKeyword);
            if (found < 0)
            {
                return;
            }

            var keyword = position + found;
            position = keyword + StreamKeyword.Length;

            // "endstream" also contains "stream": skip it.
            if (keyword >= 3 && bytes.Slice(keyword - 3, 3).SequenceEqual("end"u8))
            {
                continue;
            }

            var dataStart = position;
            if (dataStart < bytes.Length && bytes[dataStart] == '\r')
            {
                dataStart++;
            }

            if (dataStart < bytes.Length && bytes[dataStart] == '\n')
            {
                dataStart++;
            }

            var windowStart = Math.Max(0, keyword - DictionaryWindow);
            var dictionary = bytes[windowStart..keyword];
            var previousEnd = dictionary.LastIndexOf(EndStreamKeyword);
            if (previousEnd >= 0)
            {
                dictionary = dictionary[(previousEnd + EndStreamKeyword.Length)..];
            }

            // A page's drawing (not a picture, a font or the file's own structure) is counted as well (PdfContentBudget).
            var budget = IsDrawing(dictionary) ? new PdfContentBudget() : null;
            var data = bytes[dataStart..];
            var end = data.IndexOf(EndStreamKeyword);
            data = end < 0 ? data : data[..end];
            var left = ReadingLimits.MaxPdfInflatedBytes - total;
            var own = OwnDictionary(dictionary);
            var (filter, filterAt) = FirstExpandingFilter(own);
            if (filter == ExpandingFilter.None)
            {
                if (budget is not null && dictionary.IndexOf(FilterName) < 0)
                {
                    budget.Add(data);
                }

                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();

            // Binary data written as text before it expands ([/ASCIIHexDecode /FlateDecode]) is undone first.
            var layer = PdfAsciiFilters.Before(own, filterAt);
            var coded = layer == PdfAsciiFilters.Layer.None ? content[dataStart..] : PdfAsciiFilters.Decode(data, layer);
            var codedSpan = layer == PdfAsciiFilters.Layer.None ? data : coded.Span;
            total += filter switch
            {
                ExpandingFilter.Lzw => PdfSizeDecoders.Lzw(codedSpan, earlyChange: dictionary.IndexOf(LateChange) < 0, left, budget),
                ExpandingFilter.RunLength => PdfSizeDecoders.RunLength(codedSpan, left, budget),
                _ => InflatedLength(coded, left, buffer, budget),
            };
            if (total > ReadingLimits.MaxPdfInflatedBytes)
            {
                throw new UnreadableDocumentException(
                    $"The PDF's compressed content expands to more than {ReadingLimits.MaxPdfInflatedBytes / (1024 * 1024)} MB when opened (a compression bomb); it was not read. " +
                    "Export the document to PDF again, or upload its text.");
            }
        }
    }

    private enum ExpandingFilter { None, Flate, Lzw, RunLength }

    /// <summary>Only this object's own dictionary: a filter named by an object before it says nothing of this stream.</summary>
    private static ReadOnlySpan<byte> OwnDictionary(ReadOnlySpan<byte> dictionary) =>
        dictionary.LastIndexOf(" obj"u8) is var own and >= 0 ? dictionary[own..] : dictionary;

    /// <summary>
    /// The filter that expands the stream's data first, and where its name stands in the dictionary (a chain lists them
    /// in the order they are undone); None when no filter of the three is named.
    /// </summary>
    private static (ExpandingFilter Filter, int At) FirstExpandingFilter(ReadOnlySpan<byte> dictionary)
    {
        var found = ExpandingFilter.None;
        var at = int.MaxValue;
        foreach (var (name, filter, wholeName) in FilterNames)
        {
            var position = wholeName ? WholeNameAt(dictionary, name) : dictionary.IndexOf(name);
            if (position >= 0 && position < at)
            {
                (found, at) = (filter, position);
            }
        }

        return (found, at);
    }

    /// <summary>Where the name stands as a whole name (<c>/RL</c>, not the start of <c>/RLE</c>); -1 when nowhere.</summary>
    private static int WholeNameAt(ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> name)
    {
        var offset = 0;
        for (var rest = dictionary; rest.IndexOf(name) is var at and >= 0; rest = rest[(at + name.Length)..])
        {
            if (at + name.Length == rest.Length || !char.IsAsciiLetterOrDigit((char)rest[at + name.Length]))
            {
                return offset + at;
            }

            offset += at + name.Length;
        }

        return -1;
    }

    /// <summary>
    /// Whether a stream, by the dictionary before it, may be a page's drawing (page contents and forms carry no key of
    /// their own): not a picture, a font program, an ICC profile, a function, a CMap or the file's own structure.
    /// </summary>
    private static bool IsDrawing(ReadOnlySpan<byte> dictionary)
    {
        // Only this object's own dictionary: the window may reach back into the objects before it.
        var own = dictionary.LastIndexOf(" obj"u8);
        if (own >= 0)
        {
            dictionary = dictionary[own..];
        }

        foreach (var key in NotDrawing)
        {
            // A whole name: /ImageB of a procedure set is not /Image.
            for (var rest = dictionary; rest.IndexOf(key) is var at and >= 0; rest = rest[(at + key.Length)..])
            {
                if (at + key.Length == rest.Length || !char.IsAsciiLetterOrDigit((char)rest[at + key.Length]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The inflated length of one stream, counted up to just past <paramref name="budget"/>; 0 when it is not valid Flate data.</summary>
    private static long InflatedLength(ReadOnlyMemory<byte> data, long budget, byte[] buffer, PdfContentBudget? content)
    {
        // Skip the two-byte zlib header, as PDF readers do (some writers get it wrong); the deflate data ends itself.
        if (data.Length < 3)
        {
            return 0;
        }

        long length = 0;
        try
        {
            using var inflater = new DeflateStream(new ReadOnlyMemoryStream(data[2..]), CompressionMode.Decompress);
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                length += read;
                content?.Add(buffer.AsSpan(0, read));
                if (length > budget)
                {
                    break;
                }
            }
        }
        catch (InvalidDataException)
        {
            // Not Flate data after all (or damaged): the PDF library decides what to make of it.
        }

        return length;
    }

    /// <summary>A read-only stream over memory, without copying it.</summary>
    private sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => memory.Length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, memory.Length - _position);
            memory.Span.Slice(_position, n).CopyTo(buffer.AsSpan(offset, n));
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
