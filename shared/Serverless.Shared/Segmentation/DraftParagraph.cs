using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// A paragraph while the layout rules still work on it: raw text as assembled by a layout, what the format
/// or the layout said about it, and the footnote calls and texts found in it.
/// </summary>
internal sealed class DraftParagraph(string text, BlockKind kind, int? page = null)
{
    public string Text { get; set; } = text;

    public BlockKind Kind { get; set; } = kind;

    public int Level { get; set; }

    /// <summary>Number given by the format (DOCX numbering, HTML ordered list) or found in the text.</summary>
    public string? Number { get; set; }

    public int? Page { get; set; } = page;

    /// <summary>A page break (furniture, footnotes, form feed, new PDF page) lies between this and the previous body paragraph.</summary>
    public bool AfterPageBreak { get; set; }

    /// <summary>The layout saw a marker that makes this a heading when short (<c>I.</c>, <c>A.</c>, a line alone).</summary>
    public bool HeadingCandidate { get; set; }

    /// <summary>Came from a Markdown bullet (<c>- </c>): a list item unless it carries a paragraph number.</summary>
    public bool Bulleted { get; set; }

    public NumberMarker Marker { get; set; }

    public ParagraphKind? ResolvedKind { get; set; }

    // Created on first use: most paragraphs call no footnote, and a parse makes one draft per paragraph.
    private List<string>? _calls;
    private List<string>? _footnotes;

    /// <summary>Numbers of the footnotes the text calls.</summary>
    public IReadOnlyList<string> Calls => _calls ?? [];

    /// <summary>Texts of the footnotes attached to this paragraph.</summary>
    public IReadOnlyList<string> Footnotes => _footnotes ?? [];

    public void AddCall(string number) => (_calls ??= []).Add(number);

    public void AddFootnote(string text) => (_footnotes ??= []).Add(text);

    /// <summary>Footnote drafts whose caller was found: not emitted as paragraphs of their own.</summary>
    public bool Linked { get; set; }

    public bool IsBody => Kind is not (BlockKind.Footnote or BlockKind.Table) && ResolvedKind is not ParagraphKind.Heading;
}
