using System.IO.Compression;
using System.Xml;

namespace Serverless.Shared.Reading;

/// <summary>
/// Reads every XML part of a DOCX once with a plain XML reader before the Open XML library builds its tree, and refuses
/// a part that nests elements deeper than <see cref="ReadingLimits.MaxDocxDepth"/>, holds more than
/// <see cref="ReadingLimits.MaxDocxElements"/> elements in all, or declares its own entities (a DTD,
/// which Word never writes: the way to entity-expansion bombs and to external entities that read other files). The
/// library's cost grows faster than the depth: a 54 KB DOCX nesting 100,000 content controls or tables kept a worker
/// busy for over 90 s. Runs after <see cref="ZipBombGuard"/>, which bounds what inflating the parts can cost.
/// </summary>
internal static class DocxNestingGuard
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static void Check(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var elements = 0L;
        using var archive = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                using var reader = XmlReader.Create(entry.Open(), Settings);
                while (reader.Read())
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }

                    if (++elements > ReadingLimits.MaxDocxElements)
                    {
                        throw new UnreadableDocumentException(
                            $"The DOCX holds more than {ReadingLimits.MaxDocxElements:N0} XML elements (a long report has a few hundred thousand), more than " +
                            "the platform can hold in memory for one document; it was not read. Split it, or upload it as PDF.");
                    }

                    if (reader.Depth > ReadingLimits.MaxDocxDepth)
                    {
                        throw new UnreadableDocumentException(
                            $"The DOCX nests its content more than {ReadingLimits.MaxDocxDepth:N0} levels deep (Word never does); it was not read. " +
                            "Save it again from Word, or upload it as PDF.");
                    }
                }
            }
            catch (XmlException exception) when (exception.Message.Contains("DTD", StringComparison.Ordinal))
            {
                throw new UnreadableDocumentException(
                    "The DOCX declares its own XML entities (a DTD), which Word never writes and which can hide an expansion bomb or read other files; " +
                    "it was not read. Save it again from Word and upload the new file.", exception);
            }
            catch (XmlException exception)
            {
                // A part that is not XML at all (another file renamed into the package) or is cut short.
                throw new UnreadableDocumentException(
                    $"The DOCX is damaged: its part '{QuotedValue.Of(entry.FullName)}' is not valid XML. Save it again from Word and upload the new file.", exception);
            }
        }
    }
}
