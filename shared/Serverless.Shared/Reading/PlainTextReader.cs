using System.Runtime.InteropServices;

namespace Serverless.Shared.Reading;

/// <summary>
/// Plain text: one <see cref="BlockKind.Line"/> block per line, blank lines included (as empty text),
/// because joining wrapped lines into paragraphs is a layout decision, not a format one: the same
/// <c>.txt</c> may be a Markdown-like export, a DOCX saved as text or a PDF extraction.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    private static readonly string[] Extensions = [".txt", ".text", ""];

    private static readonly TextBlock BlankLine = new(string.Empty, BlockKind.Line);

    public string Format => "text";

    public bool CanRead(DocumentSource source) =>
        source.Sniffed == SniffedFormat.Unknown &&
        (Extensions.Contains(source.Extension) || source.DeclaresType("text/plain"));

    public ReadDocument Read(DocumentSource source, CancellationToken cancellationToken = default)
    {
        ReadingLimits.EnsureAcceptableSize(source);
        var (encoding, preamble) = TextDecoder.DetectEncoding(source.Content.Span);

        // Line by line, so that no single string holds the whole file (large strings cost full garbage collections).
        var bytes = MemoryMarshal.TryGetArray(source.Content, out var segment) ? segment : new ArraySegment<byte>(source.Content.ToArray());
        using var reader = new StreamReader(
            new MemoryStream(bytes.Array!, bytes.Offset + preamble, bytes.Count - preamble, writable: false), encoding, detectEncodingFromByteOrderMarks: false);
        // In chunks: a list grown (or sized) to the number of lines was an array on the large object heap.
        var blocks = new ChunkedList<TextBlock>();
        foreach (var line in Lines(reader, cancellationToken))
        {
            // Blank lines share one block: a TextBlock is immutable, and a PDF extraction has one after every line.
            // A text pasted from Word keeps its symbol fonts' bullets (U+F0B7): given as the characters they show.
            blocks.Add(line.Length == 0 ? BlankLine : new TextBlock(SymbolFontBullets.Replace(line), BlockKind.Line));
        }

        return new ReadDocument(Format, blocks);
    }

    private const char ParagraphSeparator = '\u2029';

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create("\r\n\u2028\u2029\u0085\v\f");

    /// <summary>
    /// The lines of the text with trailing white space removed, split as <see cref="TextReader.ReadLine"/> splits
    /// them (at <c>\n</c>, <c>\r</c> or <c>\r\n</c>; no empty line after a final line break), and at the other breaks
    /// Unicode and old systems write: a line separator (U+2028), a next line (U+0085), a vertical tab (a manual line break
    /// as Word saves it in text) and a form feed (a page break); a paragraph separator (U+2029) also ends its paragraph,
    /// as a blank line does (a text so separated was one paragraph, or refused as one line too long). Each line becomes a
    /// string once, already trimmed: reading it with <c>ReadLine</c> and then trimming copied every line of a PDF
    /// extraction (whose lines end with a space) twice.
    /// </summary>
    internal static IEnumerable<string> Lines(TextReader reader, CancellationToken cancellationToken = default)
    {
        var buffer = new char[16 * 1024];
        var length = 0;
        var count = 0;
        var ended = false;
        while (!ended)
        {
            if (length == buffer.Length)
            {
                // A line longer than any real one (a file with no line break at all) is refused here, while reading,
                // before it costs a string of its own size and every copy segmentation would make of it.
                if (buffer.Length >= ReadingLimits.MaxLineLength)
                {
                    throw ReadingLimits.LineTooLong();
                }

                // A line longer than the buffer: make room for the rest of it.
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = reader.Read(buffer, length, buffer.Length - length);
            ended = read == 0;
            length += read;

            var start = 0;
            while (true)
            {
                var end = buffer.AsSpan(start, length - start).IndexOfAny(Breaks);
                if (end < 0)
                {
                    break;
                }

                end += start;
                var next = end + 1;
                if (buffer[end] == '\r')
                {
                    if (next == length && !ended)
                    {
                        // A \r at the end of what was read so far may be followed by the \n of the same break.
                        break;
                    }

                    if (next < length && buffer[next] == '\n')
                    {
                        next++;
                    }
                }

                if ((count++ & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                yield return new string(buffer.AsSpan(start, end - start).TrimEnd());
                if (buffer[end] == ParagraphSeparator)
                {
                    yield return string.Empty;
                }

                start = next;
            }

            if (ended)
            {
                if (start < length)
                {
                    yield return new string(buffer.AsSpan(start, length - start).TrimEnd());
                }

                yield break;
            }

            // Keep the unfinished line at the start of the buffer.
            buffer.AsSpan(start, length - start).CopyTo(buffer);
            length -= start;
        }
    }
}
