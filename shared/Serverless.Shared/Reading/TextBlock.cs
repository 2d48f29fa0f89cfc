namespace Serverless.Shared.Reading;

/// <summary>What a block of a read document is, before the UN layout rules decide its paragraph kind.</summary>
public enum BlockKind
{
    /// <summary>A line of text as extracted; layout rules decide how lines join into paragraphs.</summary>
    Line,

    /// <summary>A paragraph the format itself delimits (Markdown, HTML, DOCX).</summary>
    Paragraph,
    Heading,
    ListItem,
    Footnote,
    Table,
}

/// <summary>
/// The block model every reader produces, whatever the format: text plus what the format says about it.
/// </summary>
/// <param name="Level">Heading level (1 = top) for headings, nesting depth for list items, else 0.</param>
/// <param name="Number">A number the format itself renders (an ordered list's item number), without punctuation.</param>
/// <param name="Page">The 1-based page the block starts on, where the format has pages.</param>
public sealed record TextBlock(string Text, BlockKind Kind, int Level = 0, string? Number = null, int? Page = null);
