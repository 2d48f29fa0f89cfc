using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Recognises, by their first bytes and whatever their name, document formats no reader takes that a contributor's
/// program may have saved under another extension: Rich Text Format (<c>{\rtf</c>), a web archive or saved e-mail (a
/// MIME message: header lines, one of them a multipart <c>Content-Type</c>), and an older Office file (an OLE compound
/// file) or another ZIP (an OpenDocument text, an archive) named other than <c>.docx</c>, which the Word reader refuses
/// with its own reason. Renamed <c>.txt</c>,
/// <c>.md</c> or <c>.html</c>, RTF was read as its control words (<c>{\rtf1\ansi\deff0{\fonttbl...</c>) and a web archive
/// as its MIME headers and quoted-printable code (<c>d=C3=A9veloppement</c>), both classified; named <c>.docx</c>, each
/// was "damaged". The reason names what the file is and how to save it in a format that is read.
/// </summary>
public static class OtherDocumentFormats
{
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly HashSet<string> ReadExtensions = [".pdf", ".html", ".htm", ".xhtml", ".md", ".markdown", ".txt", ".text"];

    /// <summary>How far into a file its MIME header block is looked for: a web archive's headers take a few hundred bytes.</summary>
    private const int HeaderWindow = 8 * 1024;

    /// <summary>Throws with the reason when the file is one of those formats.</summary>
    public static void Refuse(DocumentSource source)
    {
        var content = source.Content.Span;
        var reason = content switch
        {
            _ when IsRtf(content) =>
                "The file is a Rich Text Format document (.rtf), which is not read, whatever its name. Open it in Word, save it as DOCX (or PDF) and upload the new file.",
            _ when MultipartType(content) is { } type => type.StartsWith("multipart/related", StringComparison.OrdinalIgnoreCase)
                ? "The file is a web archive (.mht or .mhtml: a page and its pictures packed in one message), which is not read, whatever its name. " +
                  "Open it in its browser or in Word, save it as a web page (HTML only), DOCX or PDF, and upload the new file."
                : "The file is a saved e-mail message (a MIME message, as .eml files are), which is not read, whatever its name. Upload the contribution it carries as a file of its own.",
            _ when content.StartsWith(CompoundFileMagic) && !IsNamedDocx(source) =>
                "The file is an older Office file (a Word 97-2003 .doc, or an Excel, PowerPoint or Outlook file of that time), which is not read, whatever its name. " +
                "Open it in its program, save it as DOCX (or PDF) and upload the new file.",
            _ => null,
        };

        if (reason is not null)
        {
            throw new UnreadableDocumentException(reason);
        }

        // A ZIP that is no Word package under the name of a format that is read (named .docx, the Word reader says what it
        // is; named .pptx or .zip, "not a supported format" is right): an OpenDocument text named .html was "'x.html' is
        // not a supported format. Supported: ..., html, ...".
        if (source.Sniffed == SniffedFormat.OtherBinary && ReadExtensions.Contains(source.Extension))
        {
            OtherOfficePackage.Refuse(source.Content);
            throw new UnreadableDocumentException(
                "The file is a ZIP archive, not a document. Upload the contribution itself (PDF, DOCX, HTML, Markdown or text), not an archive holding it.");
        }
    }

    /// <summary>Named or declared a DOCX: the Word reader says what such a compound file is (a .doc, or a DOCX protected by a password).</summary>
    private static bool IsNamedDocx(DocumentSource source) =>
        source.Extension == ".docx" || source.DeclaresType("application/vnd.openxmlformats-officedocument.wordprocessingml");

    /// <summary>RTF opens with <c>{\rtf</c>; a byte order mark or white space before it is tolerated by the programs that read it.</summary>
    private static bool IsRtf(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        return content.TrimStart(" \t\r\n"u8).StartsWith("{\\rtf"u8);
    }

    /// <summary>
    /// The multipart content type of a MIME message: the file opens with a block of header lines (<c>Name: value</c>, or a
    /// continuation beginning with white space) ended by a blank line, and one of them is <c>Content-Type: multipart/...</c>.
    /// Every line of the block must be a header, so a text or Markdown file whose first line happens to read
    /// <c>Content-Type: ...</c> is not taken for one unless all of its opening lines are headers.
    /// </summary>
    private static string? MultipartType(ReadOnlySpan<byte> content)
    {
        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, HeaderWindow)]);
        var end = head.IndexOf("\n\n", StringComparison.Ordinal) is var lf and >= 0 ? lf : int.MaxValue;
        end = Math.Min(end, head.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var crlf and >= 0 ? crlf : int.MaxValue);
        if (end == int.MaxValue)
        {
            return null;
        }

        string? type = null;
        var lines = head[..end].Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (i > 0 && line.Length > 0 && line[0] is ' ' or '\t')
            {
                // A header folded onto the next line (a long boundary or type parameters).
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0 || !IsHeaderName(line.AsSpan(0, colon)))
            {
                return null;
            }

            if (line.AsSpan(0, colon).Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                type = line[(colon + 1)..].Trim();
            }
        }

        return lines.Length > 1 && type is not null && type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) ? type : null;
    }

    private static bool IsHeaderName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
