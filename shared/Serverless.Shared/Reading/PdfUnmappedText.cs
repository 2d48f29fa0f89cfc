namespace Serverless.Shared.Reading;

/// <summary>
/// Text whose letters map to no characters. A PDF's fonts say which character each glyph stands for; a PDF printed
/// through PostScript (pdftops then Ghostscript, some "print to PDF" drivers) or re-made by a tool that re-encodes its
/// fonts (mutool convert of LibreOffice's subsets maps each glyph to the character of its own number) can lose that
/// map, and every reader then gets control codes where the letters were (<c>pdftotext</c> as well). Such a document has
/// nothing to classify: it must end <c>Failed</c> with a reason, not as paragraphs of control codes.
/// </summary>
internal static class PdfUnmappedText
{
    /// <summary>
    /// The share of a document's visible characters that may be control codes or replacement characters. Readable PDFs
    /// of every producer in <c>tests/renditions</c> have none; PDFs that lost their maps have 18 % to most of them (some
    /// keep printable but shifted letters, "&amp;RQWULEXWLRQ" for "Contribution", with control codes for spaces).
    /// </summary>
    private const double MaxUnmappedShare = 0.05;

    public static bool IsUnmapped(IReadOnlyList<TextBlock> blocks)
    {
        long visible = 0, unmapped = 0;
        foreach (var block in blocks)
        {
            foreach (var c in block.Text)
            {
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                visible++;
                if (char.IsControl(c) || c == '\uFFFD')
                {
                    unmapped++;
                }
            }
        }

        return visible > 0 && unmapped > visible * MaxUnmappedShare;
    }
}
