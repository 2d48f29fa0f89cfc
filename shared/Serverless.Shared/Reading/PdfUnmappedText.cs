using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Text whose letters map to no characters. A PDF's fonts say which character each glyph stands for; a PDF printed
/// through PostScript (pdftops then Ghostscript, some "print to PDF" drivers) or re-made by a tool that re-encodes its
/// fonts (mutool convert of LibreOffice's subsets maps each glyph to the character of its own number) can lose that
/// map, and every reader then gets control codes where the letters were (<c>pdftotext</c> as well). Such a document has
/// nothing to classify: it must end <c>Failed</c> with a reason, not as paragraphs of control codes.
/// </summary>
/// <remarks>
/// A readable document may still draw a few runs of glyphs without a map: the dot leaders of a table of contents or of
/// a table's rows, set in a font of their own (an InDesign report's budget tables: 7 % of its characters, 2 % of its
/// words). Whether the document is readable is therefore judged by its words, each leader run being one, and such
/// runs are taken out of a readable document's text.
/// </remarks>
internal static partial class PdfUnmappedText
{
    /// <summary>
    /// The share of a document's words that may hold a control code or a replacement character. Readable PDFs of every
    /// producer in <c>tests/renditions</c> have none, an InDesign report with dot leaders drawn without a map 2 %; the
    /// PDFs that lost their maps (<c>tests/renditions/unmapped/</c>) 77-80 %, since a lost map garbles every word.
    /// </summary>
    private const double MaxUnmappedWordShare = 0.25;

    public static bool IsUnmapped(IReadOnlyList<TextBlock> blocks)
    {
        long words = 0, unmapped = 0;
        foreach (var block in blocks)
        {
            var inWord = false;
            var wordUnmapped = false;
            foreach (var c in block.Text)
            {
                if (char.IsWhiteSpace(c))
                {
                    Count(ref inWord, ref wordUnmapped, ref words, ref unmapped);
                    continue;
                }

                inWord = true;
                wordUnmapped |= IsUnmappedChar(c);
            }

            Count(ref inWord, ref wordUnmapped, ref words, ref unmapped);
        }

        return words > 0 && unmapped > words * MaxUnmappedWordShare;
    }

    /// <summary>
    /// The blocks with their unmapped characters taken out (a leader run between a heading and its page number), and
    /// without the blocks that held nothing else.
    /// </summary>
    public static List<TextBlock> WithoutUnmappedRuns(List<TextBlock> blocks)
    {
        if (!blocks.Any(b => b.Text.Any(IsUnmappedChar)))
        {
            return blocks;
        }

        var kept = new List<TextBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            var text = block.Text.Any(IsUnmappedChar) ? Cleaned(block.Text) : block.Text;
            if (text.Length > 0)
            {
                kept.Add(text.Length == block.Text.Length ? block : block with { Text = text });
            }
        }

        return kept;
    }

    private static string Cleaned(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsUnmappedChar(c))
            {
                cleaned.Append(c);
            }
            else if (cleaned.Length > 0 && cleaned[^1] != ' ')
            {
                // The run stood between two words ("Defense<leaders>352"): they stay apart.
                cleaned.Append(' ');
            }
        }

        return MultipleSpaces().Replace(cleaned.ToString(), " ").Trim();
    }

    /// <summary>A control code (line breaks and tabs aside, which the reader writes itself) or the replacement character.</summary>
    private static bool IsUnmappedChar(char c) => (char.IsControl(c) && c is not '\n' and not '\t') || c == '\uFFFD';

    private static void Count(ref bool inWord, ref bool wordUnmapped, ref long words, ref long unmapped)
    {
        if (inWord)
        {
            words++;
            unmapped += wordUnmapped ? 1 : 0;
        }

        inWord = false;
        wordUnmapped = false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(" {2,}")]
    private static partial System.Text.RegularExpressions.Regex MultipleSpaces();
}
