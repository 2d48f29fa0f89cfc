namespace Serverless.Shared.Reading;

/// <summary>A document as read by one reader: the name of the format and its blocks in reading order.</summary>
/// <param name="PageHeader">
/// The lines of the first page's header, where the format keeps it apart from the text (a DOCX's letterhead is often
/// there): not text of the document, so never a paragraph, but who wrote it may be printed nowhere else.
/// </param>
public sealed record ReadDocument(string Format, IReadOnlyList<TextBlock> Blocks, IReadOnlyList<string>? PageHeader = null);
