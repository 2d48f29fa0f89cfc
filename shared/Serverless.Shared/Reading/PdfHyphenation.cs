using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Settles the hyphens that ended lines (<see cref="PdfBodyAssembler.LineEndHyphen"/>) with the document's own words:
/// where the two parts written as one word occur elsewhere in the document (<c>imple-</c> + <c>mentation</c>, and
/// <c>implementation</c> on another line), the hyphen divided a word and goes; otherwise it belongs to a compound and
/// stays (<c>Secretary-</c> + <c>General</c>, <c>multi-</c> + <c>stakeholder</c>).
/// </summary>
internal sealed class PdfHyphenation
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);

    public PdfHyphenation(IEnumerable<PdfPageLines> pages)
    {
        foreach (var line in pages.SelectMany(p => p.Lines))
        {
            foreach (var word in line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var letters = word.AsSpan().Trim(".,;:!?()«»\"'’“”[]");
                if (letters.Length > 0 && !letters.Contains('-'))
                {
                    _words.Add(letters.ToString());
                }
            }
        }
    }

    public TextBlock Settle(TextBlock block)
    {
        var text = block.Text;
        if (text.IndexOf(PdfBodyAssembler.LineEndHyphen) < 0)
        {
            return block;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != PdfBodyAssembler.LineEndHyphen)
            {
                result.Append(text[i]);
                continue;
            }

            // The result ends with "-": the letters before it, and the letters after the mark, make the candidate word.
            var start = result.Length - 1;
            while (start > 0 && char.IsLetter(result[start - 1]))
            {
                start--;
            }

            var end = i + 1;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            var joined = string.Concat(result.ToString(start, result.Length - 1 - start), text.AsSpan(i + 1, end - i - 1));
            if (_words.Contains(joined))
            {
                result.Length--;
            }
        }

        return block with { Text = result.ToString() };
    }
}
