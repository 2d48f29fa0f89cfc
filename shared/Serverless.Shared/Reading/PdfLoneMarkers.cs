namespace Serverless.Shared.Reading;

/// <summary>
/// A list marker or paragraph number that stands alone on a line of its own, with its text beginning to its right
/// at most a line lower (set on a baseline of its own, or a little raised or lowered), opens that text: the two are
/// one line, so the paragraph keeps its number and the number is no paragraph.
/// </summary>
internal static class PdfLoneMarkers
{
    public static void Join(List<PdfLine> lines)
    {
        for (var i = lines.Count - 2; i >= 0; i--)
        {
            var marker = lines[i];
            var text = lines[i + 1];
            if (marker.Marker is null && marker.CellLefts is null && PdfLineBuilder.ListMarker().IsMatch(marker.Text) &&
                text.Marker is null && text.NoteNumber is null && text.CellLefts is null &&
                text.Left > marker.Right && text.Left - marker.Right < text.FontSize * 4 &&
                marker.Bottom - text.Top < Math.Max(marker.Height, text.Height))
            {
                lines[i + 1] = text with
                {
                    Marker = marker.Text,
                    Left = marker.Left,
                    Top = Math.Max(marker.Top, text.Top),
                };
                lines.RemoveAt(i);
            }
        }
    }
}
