using System.IO.Compression;
using System.Xml;

namespace Serverless.Shared.Reading;

/// <summary>
/// Refuses a DOCX whose package places one of its own parts outside the file: a relationship not marked external whose
/// target is an address (<c>file:///etc/passwd</c>, <c>http://...</c>), a network path (<c>\\server\share</c>), a drive
/// (<c>C:\</c>), or a path that climbs above the package (<c>../../etc/passwd</c>). Word never writes one. Nothing
/// outside the package was ever opened (the library refuses them), but the reason the sender got was "the file seems
/// damaged", which does not say what is wrong. A link marked external (a hyperlink, a linked picture or template) is
/// the document's own and is left alone: it is never followed.
/// </summary>
internal static class DocxPackageLinks
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        CloseInput = true,
    };

    public static void Check(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        using var archive = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            if (!entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var folder = SourceFolder(entry.FullName);
            try
            {
                using var reader = XmlReader.Create(entry.Open(), Settings);
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" &&
                        !string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase) &&
                        reader.GetAttribute("Target") is { } target && LeavesThePackage(folder, target))
                    {
                        throw new UnreadableDocumentException(
                            $"The DOCX places one of its own parts outside the file ('{QuotedValue.Of(target)}'), which Word never does; nothing outside an " +
                            "uploaded file is ever read, so the document was not read. Save it again from Word and upload the new file.");
                    }
                }
            }
            catch (XmlException exception)
            {
                throw new UnreadableDocumentException(
                    $"The DOCX is damaged: its part '{QuotedValue.Of(entry.FullName)}' is not valid XML. Save it again from Word and upload the new file.", exception);
            }
        }
    }

    /// <summary>The folder a relationship part's targets are relative to: <c>word/_rels/document.xml.rels</c> → <c>word</c>.</summary>
    private static string[] SourceFolder(string relsPath)
    {
        var parts = relsPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        // Drop the part's own name and its _rels folder.
        return parts.Length >= 2 ? parts[..^2] : [];
    }

    internal static bool LeavesThePackage(string[] folder, string target)
    {
        var trimmed = target.Trim();
        if (trimmed.StartsWith(@"\\", StringComparison.Ordinal) || trimmed.StartsWith("//", StringComparison.Ordinal) ||
            (trimmed.Length >= 2 && char.IsAsciiLetter(trimmed[0]) && trimmed[1] == ':') ||
            Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && !trimmed.StartsWith('/') && uri.Scheme.Length > 1)
        {
            return true;
        }

        var depth = trimmed.StartsWith('/') ? 0 : folder.Length;
        foreach (var segment in trimmed.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (--depth < 0)
                {
                    return true;
                }
            }
            else if (segment != ".")
            {
                depth++;
            }
        }

        return false;
    }
}
