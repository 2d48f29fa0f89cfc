using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Reads as a hyphen a minus sign that stands where a hyphen does. Printers of plain text that draw the hyphen-minus
/// with the glyph named "minus" (a2ps's PostScript, so distilled by Ghostscript) map it to U+2212: every compound reads
/// <c>Secretary−General</c>, every dash bullet <c>−</c>, and no word is the document's. A minus sign before a figure
/// (<c>−5</c>, <c>5−3</c>) is one and stays; one before a letter, a space or nothing is a hyphen.
/// </summary>
internal static class PdfMinusHyphens
{
    private const string Minus = "\u2212";

    /// <summary>The letters, minus signs that are hyphens read as <c>-</c>; the same list when there are none.</summary>
    public static IReadOnlyList<Letter> Repair(IReadOnlyList<Letter> letters) =>
        PdfLetterValues.Replace(letters, i =>
            letters[i].Value != Minus || (i + 1 < letters.Count && IsFigureAfter(letters[i], letters[i + 1])) ? null : "-");

    /// <summary>The next letter drawn is a figure on the same line, within an em of the sign.</summary>
    private static bool IsFigureAfter(Letter sign, Letter next) =>
        next.Value.Length > 0 && char.IsAsciiDigit(next.Value[0]) &&
        Math.Abs(next.StartBaseLine.Y - sign.StartBaseLine.Y) < 1 && Math.Abs(next.StartBaseLine.X - sign.EndBaseLine.X) < Math.Max(sign.PointSize, 1);
}
