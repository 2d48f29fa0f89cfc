using System.IO.Compression;
using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Recognises a ZIP package that is another office file than a Word document: OpenDocument or an EPUB e-book (its
/// <c>mimetype</c> entry, which both formats put first), or an Excel workbook or PowerPoint presentation (their main parts), with no Word part.
/// Each was refused as "no document body" or "damaged or is not a Word document", which sends its sender to repair a
/// file that is sound; the reason names what the file is instead.
/// </summary>
internal static class OtherOfficePackage
{
    private const string OpenDocumentPrefix = "application/vnd.oasis.opendocument.";

    /// <summary>An EPUB e-book names itself in the same first entry (the container format OpenDocument's was taken from).</summary>
    private const string EpubType = "application/epub+zip";

    /// <summary>Throws with the reason when <paramref name="content"/> (a package the bomb guard has passed) is one.</summary>
    public static void Refuse(ReadOnlyMemory<byte> content)
    {
        if (Kind(content) is { } kind)
        {
            throw new UnreadableDocumentException(
                $"The file is {kind}, not a Word document (DOCX). Open it in its program, save the text as DOCX or PDF and upload the new file.");
        }
    }

    private static string? Kind(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Any(n => n.StartsWith("word/", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            if (zip.GetEntry("mimetype") is { Length: < 200 } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                var type = reader.ReadToEnd().Trim();
                if (type == EpubType)
                {
                    return "an EPUB e-book (.epub)";
                }

                if (type.StartsWith(OpenDocumentPrefix, StringComparison.Ordinal))
                {
                    return type[OpenDocumentPrefix.Length..] switch
                    {
                        "text" => "an OpenDocument text (.odt)",
                        "spreadsheet" => "an OpenDocument spreadsheet (.ods)",
                        "presentation" => "an OpenDocument presentation (.odp)",
                        _ => "an OpenDocument file",
                    };
                }
            }

            return names.Contains("xl/workbook.xml") ? "an Excel workbook (.xlsx)"
                : names.Contains("ppt/presentation.xml") ? "a PowerPoint presentation (.pptx)"
                : null;
        }
        catch (InvalidDataException)
        {
            // Not a readable ZIP: the Word reader says it is damaged.
            return null;
        }
    }
}
