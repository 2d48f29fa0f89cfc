using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Reads a file with the reader that fits, splits it into paragraphs and profiles it.
/// Every reason a file cannot be used surfaces as an <see cref="UnreadableDocumentException"/> with a human message.
/// </summary>
public sealed class DocumentParser(
    DocumentReaderRegistry readers,
    ParagraphSegmenter segmenter,
    DocumentProfileDetector profileDetector)
{
    public SegmentedDocument Parse(DocumentSource source, CancellationToken cancellationToken = default)
    {
        if (source.Content.IsEmpty)
        {
            throw new UnreadableDocumentException("The file is empty (0 bytes).");
        }

        OtherDocumentFormats.Refuse(source);
        var reader = readers.Find(source) ?? throw new UnreadableDocumentException(
            $"'{source.FileName}' is not a supported format. Supported: {string.Join(", ", readers.Formats)}.");

        ReadDocument read;
        IReadOnlyList<Paragraph> paragraphs;
        try
        {
            read = reader.Read(source, cancellationToken);
            paragraphs = segmenter.Segment(ComposedText.Compose(InvisibleCharacters.Strip(read.Blocks)), cancellationToken, read.Format);
        }
        catch (Exception exception) when (exception is not (UnreadableDocumentException or OperationCanceledException or OutOfMemoryException))
        {
            // A reader library failing on input it does not expect is still a damaged file for the person who sent it.
            throw new UnreadableDocumentException(
                $"'{source.FileName}' could not be read as {reader.Format}: the file seems damaged. Export it again and upload the new file.", exception);
        }

        if (paragraphs.Count == 0)
        {
            throw new UnreadableDocumentException("The file contains no text to process.");
        }

        return new SegmentedDocument(read.Format, profileDetector.Detect(paragraphs), paragraphs, read.PageHeader, read.PageFooter);
    }
}
