using System.Text;
using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Settles the hyphens that ended a wrapped line of a text file before a lower-case letter (marked by
/// <see cref="WrappedLine"/>), with the document's own words, as <see cref="PdfHyphenation"/> does for a PDF: where the
/// document writes the two parts as one word elsewhere (<c>develop-</c> + <c>ment</c>, and <c>development</c> on another
/// line) the hyphen divided that word and goes; otherwise it stays (<c>capacity-building</c>): UN texts are set
/// without word division, and a text file says nothing of its justification to tell a divided word otherwise.
/// </summary>
internal static class DividedWords
{
    /// <summary>The mark after such a hyphen, until it is settled: the PDF reader's mark for the same thing.</summary>
    public const char Mark = PdfBodyAssembler.LineEndHyphen;

    private static readonly char[] Separators = [' ', '\n', '\t', '\u00A0', '\u202F', '/', '—', '–'];

    public static void Settle(List<DraftParagraph> drafts)
    {
        if (!drafts.Exists(d => d.Text.Contains(Mark)))
        {
            return;
        }

        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var compounds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var draft in drafts)
        {
            foreach (var token in draft.Text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                // A word a mark divides is not one the document writes.
                if (token.Contains(Mark))
                {
                    continue;
                }

                var letters = token.AsSpan().Trim(".,;:!?()«»\"'’“”[]*");
                if (letters.Length > 1)
                {
                    (letters.Contains('-') ? compounds : words).Add(letters.ToString());
                }
            }
        }

        foreach (var draft in drafts)
        {
            if (draft.Text.Contains(Mark))
            {
                draft.Text = Settle(draft.Text, words, compounds);
            }
        }
    }

    private static string Settle(string text, HashSet<string> words, HashSet<string> compounds)
    {
        var result = new StringBuilder(text.Length);
        var start = 0;
        for (var mark = text.IndexOf(Mark); mark >= 0; mark = text.IndexOf(Mark, mark + 1))
        {
            result.Append(text, start, mark - start);
            var before = LettersBefore(text, mark - 1);
            var after = LettersAfter(text, mark + 1);
            if (before.Length > 0 && after.Length > 0 && words.Contains(before + after) && !compounds.Contains(before + "-" + after))
            {
                result.Length--; // the hyphen before the mark
            }

            start = mark + 1;
        }

        return result.Append(text, start, text.Length - start).ToString();
    }

    /// <summary>The letters before the hyphen at <paramref name="hyphen"/>, back to the word's start.</summary>
    private static string LettersBefore(string text, int hyphen)
    {
        var start = hyphen;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..hyphen];
    }

    private static string LettersAfter(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }
}
