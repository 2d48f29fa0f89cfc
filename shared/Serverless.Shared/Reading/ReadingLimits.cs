namespace Serverless.Shared.Reading;

/// <summary>
/// Size guards shared by readers, so that one oversized or hostile upload cannot exhaust the memory
/// of the worker that reads it. The figures are far above any real WSIS contribution (the largest
/// Secretary-General's report is about 2 MB as PDF).
/// </summary>
public static class ReadingLimits
{
    /// <summary>Largest file accepted, in bytes (50 MB).</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>Largest total uncompressed size of a DOCX package (200 MB), against zip bombs.</summary>
    public const long MaxUncompressedBytes = 200L * 1024 * 1024;

    /// <summary>Largest compression ratio of one DOCX part; real XML compresses about 10:1, bombs 1000:1.</summary>
    public const long MaxCompressionRatio = 200;

    /// <summary>Largest total inflated size of a PDF's compressed streams (200 MB), against compression bombs.</summary>
    public const long MaxPdfInflatedBytes = 200L * 1024 * 1024;

    /// <summary>Deepest element nesting of an HTML document that is parsed.</summary>
    public const int MaxHtmlDepth = 1_000;

    /// <summary>
    /// Longest line of a text or Markdown file read (1,048,576 characters, about 300 pages of prose without one line
    /// break). Longer paragraphs up to this are split into parts for storage; a longer line is no contribution.
    /// </summary>
    public const int MaxLineLength = 1024 * 1024;

    /// <summary>Most pages read from a PDF.</summary>
    public const int MaxPdfPages = 2000;

    public static UnreadableDocumentException LineTooLong() => new(
        $"The text has a line of more than {MaxLineLength:N0} characters without a line break; it was not read. " +
        "Save it again with line breaks between paragraphs, or upload it as DOCX or PDF.");

    /// <summary>Refuses a text with a line longer than <see cref="MaxLineLength"/> (one pass, no copy).</summary>
    public static void EnsureNoLongLine(string text)
    {
        var span = text.AsSpan();
        while (span.Length > MaxLineLength)
        {
            var end = span[..(MaxLineLength + 1)].IndexOfAny('\n', '\r');
            if (end < 0)
            {
                throw LineTooLong();
            }

            span = span[(end + 1)..];
        }
    }

    public static void EnsureAcceptableSize(DocumentSource source)
    {
        if (source.Content.Length > MaxFileBytes)
        {
            throw new UnreadableDocumentException(
                $"The file is too large ({source.Content.Length / (1024 * 1024)} MB); the limit is {MaxFileBytes / (1024 * 1024)} MB. " +
                "Split it or upload the text of the contribution only.");
        }
    }
}
