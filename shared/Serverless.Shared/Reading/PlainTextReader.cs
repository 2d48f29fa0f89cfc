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
        var blocks = new List<TextBlock>();
        while (reader.ReadLine() is { } line)
        {
            if ((blocks.Count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            blocks.Add(new TextBlock(line.TrimEnd(), BlockKind.Line));
        }

        return new ReadDocument(Format, blocks);
    }
}
