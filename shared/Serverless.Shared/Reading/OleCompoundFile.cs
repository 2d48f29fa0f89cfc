namespace Serverless.Shared.Reading;

/// <summary>
/// Recognises an OLE compound file (the container of Word 97-2003 documents, and of DOCX files protected by a password,
/// whose package is encrypted inside it), so that such a file named <c>.docx</c> is refused with the reason its sender
/// can act on instead of "damaged".
/// </summary>
internal static class OleCompoundFile
{
    private static readonly byte[] Magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The stream an encrypted OOXML package is kept in, as its name is written in the file's directory (UTF-16).</summary>
    private static readonly byte[] EncryptedPackage = System.Text.Encoding.Unicode.GetBytes("EncryptedPackage");

    public static void Refuse(ReadOnlySpan<byte> content)
    {
        if (!content.StartsWith(Magic))
        {
            return;
        }

        throw new UnreadableDocumentException(content.IndexOf(EncryptedPackage) >= 0
            ? "The DOCX is protected by a password (its content is encrypted), so it cannot be read. Upload a copy without protection."
            : "The file is a Word 97-2003 document (.doc), not a DOCX. Open it in Word, save it as DOCX (or PDF) and upload the new file.");
    }
}
