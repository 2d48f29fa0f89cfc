using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// A list's numbers set right-aligned in a column of their own that is too narrow for two digits and a full stop
/// (rst2pdf, ReportLab underneath): the number stands first on its item's first line and its full stop, wrapped, first
/// on the line below, under the number's last digit (<c>10</c> over <c>.</c>), both before the item's text. The two are
/// one marker (<c>10.</c>): the first line opens a numbered paragraph and the stop leaves the second line's text.
/// </summary>
internal static partial class PdfWrappedMarkers
{
    /// <param name="groups">Each line's words, in the order of <paramref name="lines"/>.</param>
    /// <param name="lines">The lines built from them, changed in place.</param>
    public static void Join(List<List<Word>> groups, List<PdfLine> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Marker is not null || lines[i].IsTableRow || lines[i + 1].Marker is not null || lines[i + 1].IsTableRow ||
                groups[i].Count < 2 || groups[i + 1].Count < 2)
            {
                continue;
            }

            var number = groups[i].MinBy(w => w.BoundingBox.Left)!;
            var stop = groups[i + 1].MinBy(w => w.BoundingBox.Left)!;
            var text = groups[i].Where(w => w != number).MinBy(w => w.BoundingBox.Left)!;
            var below = groups[i + 1].Where(w => w != stop).MinBy(w => w.BoundingBox.Left)!;
            var size = lines[i].FontSize;
            // The number and its stop end at one right edge (the column's), the texts of both lines start at one left
            // edge after it, and the stop's line follows right under the number's.
            if (Number().IsMatch(number.Text) && stop.Text is "." or ")" &&
                Math.Abs(number.BoundingBox.Right - stop.BoundingBox.Right) <= size * 0.1 &&
                Math.Abs(text.BoundingBox.Left - below.BoundingBox.Left) <= size * 0.1 &&
                text.BoundingBox.Left > number.BoundingBox.Right && below.BoundingBox.Left > stop.BoundingBox.Right &&
                lines[i].Bottom - lines[i + 1].Top < Math.Max(lines[i].Height, lines[i + 1].Height) &&
                lines[i].Text.StartsWith(number.Text, StringComparison.Ordinal) && lines[i + 1].Text.StartsWith(stop.Text, StringComparison.Ordinal))
            {
                lines[i] = lines[i] with
                {
                    Marker = number.Text + stop.Text,
                    Text = lines[i].Text[number.Text.Length..].TrimStart(),
                    BodyLeft = text.BoundingBox.Left,
                    FirstWordWidth = text.BoundingBox.Width,
                };
                lines[i + 1] = lines[i + 1] with
                {
                    Text = lines[i + 1].Text[stop.Text.Length..].TrimStart(),
                    Left = below.BoundingBox.Left,
                    BodyLeft = below.BoundingBox.Left,
                    FirstWordWidth = below.BoundingBox.Width,
                };
            }
        }
    }

    /// <summary>A paragraph's number or a list's letter without its stop: up to three digits, or one letter.</summary>
    [GeneratedRegex(@"^(\d{1,3}|[A-Za-z])$")]
    private static partial Regex Number();
}
