using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Settles the hyphens that ended lines (<see cref="PdfBodyAssembler.LineEndHyphen"/>) with the document's own words.
/// Where the hyphenated form occurs elsewhere (<c>Secretary-General</c>) the hyphen belongs to a compound and stays;
/// where the two parts occur elsewhere as one word (<c>imple-</c> + <c>mentation</c>, and <c>implementation</c> on
/// another line) it divided a word and goes. The rest follow the document's habit: UN texts are set without word
/// division, so their unknown cases keep the hyphen; a document shown to divide words (LaTeX, justified word
/// processing: a divided word it writes whole elsewhere, or two line ends whose pieces are no words of it) loses it,
/// unless the part before the hyphen opens another of its compounds (<c>Eighty-first</c>) or both parts are words of it.
/// </summary>
internal sealed class PdfHyphenation
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _compounds = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// First parts of the document's compounds (<c>eighty</c> of <c>Eighty-first</c>): a line ending with one and a
    /// hyphen continues a compound of the same family (<c>eighty-</c> + <c>second</c>), even where words are divided.
    /// </summary>
    private readonly HashSet<string> _prefixes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Most lines run to the right edge of the text: only justified text has a reason to divide words.</summary>
    private readonly bool _justified;

    public PdfHyphenation(IReadOnlyList<PdfPageLines> pages)
    {
        _justified = Justified(pages);
        var continuesDivided = false;
        foreach (var line in pages.SelectMany(p => p.Lines))
        {
            var words = line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                var letters = words[i].AsSpan().Trim(".,;:!?()«»\"'’“”[]");
                // The rest of a word divided at the end of the line before is not a word of the document.
                if (letters.Length > 1 && letters[^1] != '-' && !(i == 0 && continuesDivided))
                {
                    (letters.Contains('-') ? _compounds : _words).Add(letters.ToString());
                    if (letters.IndexOf('-') is > 1 and var hyphen && hyphen < letters.Length - 1)
                    {
                        _prefixes.Add(letters[..hyphen].ToString());
                    }
                }
            }

            continuesDivided = line.Text.Length > 1 && line.Text[^1] == '-' && char.IsLetter(line.Text[^2]);
        }
    }

    public void SettleAll(List<TextBlock> blocks)
    {
        int divided = 0, compound = 0, known = 0;
        foreach (var block in blocks)
        {
            foreach (var (before, after) in Candidates(block.Text))
            {
                known += _words.Contains(before + after) ? 1 : 0;
                // Known as one word or as a compound; else two pieces that are no words of the document divided one
                // (infor-mation), and two words of it joined a compound (follow-up).
                // (in justified text only: ragged lines divide none, and a short document may not use both parts of a compound).
                divided += _words.Contains(before + after) || (_justified && !_words.Contains(before) && !_words.Contains(after)) ? 1 : 0;
                compound += _compounds.Contains(before + "-" + after) || (_justified && _words.Contains(before) && _words.Contains(after)) ? 1 : 0;
            }
        }

        // A single line end whose pieces are no words of the document is no habit: the document must show it divides
        // words (a word it writes whole elsewhere, or two such line ends at least).
        var dividesWords = divided > compound && (known > 0 || divided >= 2);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Text.Contains(PdfBodyAssembler.LineEndHyphen))
            {
                blocks[i] = blocks[i] with { Text = Settle(blocks[i].Text, dividesWords) };
            }
        }
    }

    private string Settle(string text, bool dividesWords)
    {
        var result = new StringBuilder(text.Length);
        var start = 0;
        foreach (var (index, before, after) in Marks(text))
        {
            result.Append(text, start, index - start);
            var keep = _compounds.Contains(before + "-" + after) ||
                       (!_words.Contains(before + after) && (!dividesWords || IsName(after) || _prefixes.Contains(before) || BothWords(before, after)));
            if (!keep)
            {
                result.Length--; // the hyphen before the mark
            }

            start = index + 1;
        }

        return result.Append(text, start, text.Length - start).ToString();
    }

    /// <summary>
    /// Whether at least half the lines (longer than a quarter of the page's text width, and not the last of a page)
    /// end within a point of the page's right edge of text or level with the line below (the left of two columns). A
    /// line that ends a sentence short of the edge is the last line of its paragraph and counts for neither: a short
    /// document of short paragraphs has nearly as many of those as lines that run on.
    /// </summary>
    private static bool Justified(IReadOnlyList<PdfPageLines> pages)
    {
        int full = 0, counted = 0;
        foreach (var page in pages)
        {
            var lines = page.Lines.Where(l => !l.IsTableRow).ToList();
            if (lines.Count < 3)
            {
                continue;
            }

            var right = Edge(lines);
            var left = lines.Min(l => l.Left);
            for (var i = 0; i < lines.Count - 1; i++)
            {
                if (lines[i].Right - lines[i].Left > (right - left) / 4)
                {
                    var isFull = lines[i].Right > right - 1 || (lines[i + 1].Top < lines[i].Bottom && Math.Abs(lines[i].Right - lines[i + 1].Right) < 0.5);
                    if (isFull || !EndsSentence(lines[i].Text))
                    {
                        counted++;
                        full += isFull ? 1 : 0;
                    }
                }
            }
        }

        return counted > 0 && full * 2 >= counted;
    }

    /// <summary>
    /// The page's right edge of text: the rightmost end of a line that ends with a letter or digit, when there is one. A
    /// hyphen or a punctuation mark ending a line may reach past the edge the other lines end at (up to two points in
    /// XeLaTeX's prints), and measured from it no line would be full.
    /// </summary>
    private static double Edge(List<PdfLine> lines)
    {
        var edge = double.MinValue;
        foreach (var line in lines)
        {
            if (line.Text.Length > 0 && char.IsLetterOrDigit(line.Text[^1]))
            {
                edge = Math.Max(edge, line.Right);
            }
        }

        return edge > double.MinValue ? edge : lines.Max(l => l.Right);
    }

    private static bool EndsSentence(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is '.' or ':' or ';' or '!' or '?';

    /// <summary>
    /// Both parts are words the document writes on their own, of three letters or more, and never joined: a compound
    /// (<c>capacity-</c> + <c>building</c>, <c>outer-</c> + <c>island</c>), where division leaves pieces that are no words
    /// (<c>re-</c> + <c>quested</c>, <c>disponi-</c> + <c>bilité</c>).
    /// </summary>
    private bool BothWords(string before, string after) =>
        before.Length >= 3 && after.Length >= 3 && _words.Contains(before) && _words.Contains(after);

    /// <summary>A capital then small letters: a name (Addis-Abeba), which word division never starts.</summary>
    private static bool IsName(string after) => after.Length > 1 && char.IsUpper(after[0]) && char.IsLower(after[1]);

    private static IEnumerable<(string Before, string After)> Candidates(string text) =>
        Marks(text).Select(m => (m.Before, m.After));

    /// <summary>Each mark with the letters before its hyphen and the letters after it.</summary>
    private static IEnumerable<(int Index, string Before, string After)> Marks(string text)
    {
        for (var i = text.IndexOf(PdfBodyAssembler.LineEndHyphen); i >= 0; i = text.IndexOf(PdfBodyAssembler.LineEndHyphen, i + 1))
        {
            var start = i - 1;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            var end = i + 1;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            yield return (i, text[start..(i - 1)], text[(i + 1)..end]);
        }
    }
}
