using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Settles the hyphens that ended lines (<see cref="PdfBodyAssembler.LineEndHyphen"/>) with the document's own words.
/// Where the hyphenated form occurs elsewhere (<c>Secretary-General</c>) the hyphen belongs to a compound and stays;
/// where the two parts occur elsewhere as one word (<c>imple-</c> + <c>mentation</c>, and <c>implementation</c> on
/// another line) it divided a word and goes. The rest follow the document's habit: UN texts are set without word
/// division, so their unknown cases keep the hyphen; a document shown to divide words (LaTeX, justified word
/// processing) loses it.
/// </summary>
internal sealed class PdfHyphenation
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _compounds = new(StringComparer.OrdinalIgnoreCase);

    public PdfHyphenation(IEnumerable<PdfPageLines> pages)
    {
        foreach (var line in pages.SelectMany(p => p.Lines))
        {
            foreach (var word in line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var letters = word.AsSpan().Trim(".,;:!?()«»\"'’“”[]");
                if (letters.Length > 1 && letters[^1] != '-')
                {
                    (letters.Contains('-') ? _compounds : _words).Add(letters.ToString());
                }
            }
        }
    }

    public void SettleAll(List<TextBlock> blocks)
    {
        int divided = 0, compound = 0;
        foreach (var block in blocks)
        {
            foreach (var (before, after) in Candidates(block.Text))
            {
                divided += _words.Contains(before + after) ? 1 : 0;
                compound += _compounds.Contains(before + "-" + after) ? 1 : 0;
            }
        }

        var dividesWords = divided > compound;
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
            var keep = _compounds.Contains(before + "-" + after) || (!_words.Contains(before + after) && !dividesWords);
            if (!keep)
            {
                result.Length--; // the hyphen before the mark
            }

            start = index + 1;
        }

        return result.Append(text, start, text.Length - start).ToString();
    }

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
