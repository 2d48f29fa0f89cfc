namespace Serverless.Shared.Reading;

/// <summary>A document as read by one reader: the name of the format and its blocks in reading order.</summary>
/// <param name="PageHeader">
/// The lines of the first page's header, where the format keeps it apart from the text (a DOCX's letterhead is often
/// there): not text of the document, so never a paragraph, but who wrote it may be printed nowhere else.
/// </param>
/// <param name="PageFooter">
/// The lines of a page's footer kept apart from the text (a web page's site footer, "© 2025 ... All rights reserved."):
/// never a paragraph, but the owner it prints may be named nowhere else.
/// </param>
public sealed record ReadDocument(string Format, IReadOnlyList<TextBlock> Blocks, IReadOnlyList<string>? PageHeader = null, IReadOnlyList<string>? PageFooter = null);
