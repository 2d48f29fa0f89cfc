using System.Text.RegularExpressions;

namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// Splits a paragraph into sentences at a full stop, question or exclamation mark followed by a space and a capital,
/// without splitting abbreviations with a capital after them ("M. Guterres", "No. 5") or list items joined to a lead-in.
/// </summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(text))
        {
            var end = boundary.Index + 1;
            var candidate = text[start..end].Trim();
            if (candidate.Length > 0)
            {
                sentences.Add(candidate);
            }

            start = end;
        }

        var rest = text[start..].Trim();
        if (rest.Length > 0)
        {
            sentences.Add(rest);
        }

        return sentences;
    }

    [GeneratedRegex(@"(?<!\b(?:M|Mr|Mrs|Dr|No|no|n°|St|p|para|par|Rev|Rév|art|vol|e\.g|i\.e))[.!?](?=\s+[\p{Lu}«“""])")]
    private static partial Regex Boundary();
}
