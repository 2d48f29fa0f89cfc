namespace Serverless.Shared.Reading;

/// <summary>
/// A list marker or paragraph number left alone at the foot of a page, its text carried to the top of the next one. A
/// layout engine that sets the marker and the text as two boxes side by side (a row of a marker's box and a text box:
/// React components rendered to PDF, CSS flex or grid rows, a two-cell table row that may break) breaks them apart at
/// a page's end when the marker's one line fits and the text's first lines do not: <c>8.</c> ends one page and
/// <c>Un atelier régional ...</c> opens the next, set where the item's text hangs. The next page's first body line
/// then opens with that marker, as <see cref="PdfLoneMarkers"/> joins a marker to its text on one page; the marker was a
/// paragraph of its own, and its paragraph had no number.
/// </summary>
internal static class PdfPageFootMarkers
{
    /// <summary>The last body line of a page, when it is a marker alone (no text of its own, no table cell).</summary>
    public static bool IsLoneMarker(PdfLine line) =>
        line.Marker is null && line.NoteNumber is null && !line.IsTableRow && PdfLineBuilder.ListMarker().IsMatch(line.Text);

    /// <summary>
    /// Whether the first body line of the next page is the marker's text: set in the marker's type, starting to the
    /// marker's right within a few ems (where a hanging text starts), and no marker, note or table row itself.
    /// </summary>
    public static bool Opens(PdfLine marker, PdfLine text) =>
        text.Marker is null && text.NoteNumber is null && !text.IsTableRow &&
        Math.Abs(text.FontSize - marker.FontSize) <= 0.5 &&
        text.Left > marker.Right && text.Left - marker.Right < text.FontSize * 4;

    /// <summary>The text's line opened by the marker, as if the two stood on one line.</summary>
    public static PdfLine Join(PdfLine marker, PdfLine text) => text with { Marker = marker.Text.Trim(), Left = marker.Left };
}
