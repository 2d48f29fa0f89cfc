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

    /// <summary>Most elements of an HTML document that is parsed (a long UN report in HTML has some tens of thousands).</summary>
    public const int MaxHtmlElements = 250_000;

    /// <summary>
    /// Longest line of a text or Markdown file read (1,048,576 characters, about 300 pages of prose without one line
    /// break). Longer paragraphs up to this are split into parts for storage; a longer line is no contribution.
    /// </summary>
    public const int MaxLineLength = 1024 * 1024;

    /// <summary>Most pages read from a PDF.</summary>
    public const int MaxPdfPages = 2000;

    /// <summary>
    /// Longest side of a PDF page, in points: 2,000 inches (50.8 m), ten times the 200 inches the PDF standard gives as its
    /// largest page (a poster or a plan drawn larger sets a unit of its own and keeps its box within the 200). The layout
    /// measures a page across point by point, so a page of two billion points took 37 s and 7.9 GB.
    /// </summary>
    public const double MaxPdfPageSide = 144_000;

    /// <summary>
    /// Longest chain of PDF objects that are nothing but a reference to another (a loop is an endless one). Writers make
    /// none; the PDF library follows them by recursion, so a loop overflowed the worker's stack.
    /// </summary>
    public const int MaxPdfReferenceChain = 32;

    /// <summary>Most drawing operators in one PDF content stream (a dense real page has about ten thousand).</summary>
    public const int MaxPdfOperatorsPerStream = 500_000;

    /// <summary>Most bytes of text strings in one PDF content stream (a dense real page has about fifteen thousand).</summary>
    public const int MaxPdfTextBytesPerStream = 1_000_000;

    /// <summary>
    /// Most drawing operators the pages of one PDF draw in all, a stream or form shared by many pages or drawn many times
    /// counted each time (2,000 pages of 10,000: a page limit of dense pages).
    /// </summary>
    public const long MaxPdfOperatorsPerDocument = 20_000_000;

    /// <summary>Deepest nesting of PDF forms (a form drawing a form...); producers nest a few, for a logo or a stamp.</summary>
    public const int MaxPdfFormDepth = 32;

    /// <summary>
    /// Most characters of replacement text (<c>/ActualText</c>) the spans of one PDF page give its letters. A producer
    /// writes a letter or a word for each (a ligature, a small capital); one text object named by every span of a page is
    /// paid at each use.
    /// </summary>
    public const int MaxPdfReplacementTextPerPage = 1_000_000;

    /// <summary>
    /// Most optional content groups (layers) of a PDF's configuration weighed when its letters are judged shown or
    /// hidden: drawings carry tens of layers, and each marked span is compared with each group listed.
    /// </summary>
    public const int MaxPdfOptionalContentGroups = 1_000;

    /// <summary>
    /// Deepest element nesting of a DOCX part (document, footnotes, styles...). Word's own nesting (a table in a table in
    /// a content control) stays under a hundred; the Open XML library's cost grows faster than the depth (100,000 levels
    /// did not finish in 90 s).
    /// </summary>
    public const int MaxDocxDepth = 256;

    /// <summary>
    /// Deepest nesting of Markdown containers (quotes, lists, indentation) one line may open. Markdig refuses past its
    /// own limit but pays more than linearly before it does (3,000 indented list levels took 82 s).
    /// </summary>
    public const int MaxMarkdownNesting = 64;

    /// <summary>
    /// Most links times characters in one Markdown paragraph (Markdig reads on to the paragraph's end after every link it
    /// cannot close; 20,000 in 80 KB took 3.2 s). A paragraph of 50,000 characters with 100 links is 5,000,000. The same
    /// limit holds for raw HTML comments and declarations opened in a paragraph (<c>&lt;!--</c>, <c>&lt;?</c>), read the same way.
    /// </summary>
    public const long MaxMarkdownLinkWork = 100_000_000;

    /// <summary>
    /// Most link reference and footnote definitions (<c>[label]: ...</c>, <c>[^1]: ...</c>) in a Markdown file, and most
    /// headings underlined with <c>===</c> or <c>---</c>. Markdig's cost grows with the square of either (200,000
    /// definitions, 7.7 MB, took 169 s; 40,000 took 3.5 s); a long report has some hundred footnotes and headings.
    /// </summary>
    public const int MaxMarkdownDefinitions = 10_000;

    /// <summary>
    /// Most marks that open an inline element in a Markdown file: entity references (<c>&amp;</c>), backslash escapes,
    /// code spans (a run of backticks), raw HTML tags and autolinks (<c>&lt;</c>) and links (<c>[</c>). Markdig builds an
    /// object of some 300 to 500 bytes for each: 44 MB of links (6,300,000) took 43 s at a peak of 3.0 GB, of code spans
    /// 38 s and 2.8 GB, of entity references (7,500,000) 14 s and 2.1 GB, where as much prose took 620 MB. A long
    /// contribution has some thousands; 1,000,000 cost about 340 MB.
    /// </summary>
    public const int MaxMarkdownInlineMarks = 1_000_000;

    /// <summary>Most table cells (<c>|</c>) in a Markdown file; Markdig's table of 4,000,000 cells took 2.4 GB.</summary>
    public const int MaxMarkdownTableCells = 200_000;

    /// <summary>Most XML elements in a DOCX's parts; the Open XML library holds about 150 bytes for each (2,000,000 empty paragraphs: 320 MB).</summary>
    public const int MaxDocxElements = 3_000_000;

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
