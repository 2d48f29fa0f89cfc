namespace Serverless.Shared.Reading;

/// <summary>
/// Plain text: one <see cref="BlockKind.Line"/> block per line, blank lines included (as empty text),
/// because joining wrapped lines into paragraphs is a layout decision, not a format one.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    private static readonly string[] Extensions = [".txt", ".text", ""];

    public string Format => "text";

    public bool CanRead(DocumentSource source) =>
        Extensions.Contains(source.Extension) ||
        source.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true;

    public ReadDocument Read(DocumentSource source, CancellationToken cancellationToken = default)
    {
        var text = TextDecoder.Decode(source.Content.Span);
        var blocks = new List<TextBlock>();
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            blocks.Add(new TextBlock(line.TrimEnd().ToString(), BlockKind.Line));
        }

        return new ReadDocument(Format, blocks);
    }
}
