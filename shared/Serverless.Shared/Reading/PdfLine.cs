namespace Serverless.Shared.Reading;

/// <summary>One line of a PDF page rebuilt from word positions (PDF user space: y grows upwards).</summary>
/// <param name="Text">The line's text without its list marker; superscript footnote calls as <c>&lt;sup&gt;n&lt;/sup&gt;</c>, table cells joined by <c> | </c>.</param>
/// <param name="Marker">A list marker standing first on the line (<c>12.</c>, <c>a)</c>, <c>a.</c>, <c>•</c>), or null.</param>
/// <param name="BodyLeft">Where the text after the marker starts: a list item's continuation lines align there (hanging indent).</param>
/// <param name="FirstWordWidth">Width of the first word of the text: had it fitted at the end of the line before, that line was ended on purpose.</param>
/// <param name="NoteNumber">A superscript number opening the line: the start of a footnote (Word, LibreOffice, LaTeX).</param>
/// <param name="CellLefts">Where each table cell of the line starts, or null for running text.</param>
internal sealed record PdfLine(string Text, int Page, double Left, double Right, double Top, double Bottom, double FontSize, bool Bold)
{
    public string? Marker { get; init; }

    public double BodyLeft { get; init; }

    public double FirstWordWidth { get; init; }

    public string? NoteNumber { get; init; }

    public IReadOnlyList<double>? CellLefts { get; init; }

    /// <summary>
    /// Where the text starts after a first word set a tab (an em or more) before it, the line's only wide gap
    /// (<c>81/215.&lt;TAB&gt;Information and ...</c>), or null: a heading's next line may hang there.
    /// </summary>
    public double? TabLeft { get; init; }

    /// <summary>
    /// The right edge of the text in a drawn panel the line stands in (a framed box, a shaded panel: "Box 1"), its
    /// padding taken as wide as on the left; null for a line in no panel. Its lines wrap there, short of the page's
    /// column.
    /// </summary>
    public double? PanelRight { get; init; }

    /// <summary>Whether every word of the line is set in an italic or oblique face (an ITU lead-in: <c>considering</c>).</summary>
    public bool Italic { get; init; }

    /// <summary>
    /// The top of a raised footnote call ending the line, when it stands above the line's letters, or null. A printer
    /// that grows a line's box to hold its call (Apache FOP, CSS line boxes) sets that line lower by the call's raise.
    /// </summary>
    public double? EndCallTop { get; init; }

    public bool IsTableRow => CellLefts is not null;

    public double Height => Top - Bottom;
}
