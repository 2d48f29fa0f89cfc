using System.Text;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Rejoins a paragraph cut by a page break. The second part carries no number, the first does not end a
/// sentence, and either a page break (furniture, footnotes, a new page) lies between them or the second part
/// starts in lower case (not trusted where the format delimits paragraphs itself), unless it opens like a resolution's
/// paragraph or on a name: one with a capital inside ("iHub") or an abbreviation the paragraph before writes in capitals. Footnotes printed between the two parts stay where they are; only headings stop the search.
/// </summary>
internal static class PageBreakJoiner
{
    public static List<DraftParagraph> Join(List<DraftParagraph> drafts, bool lowerCaseContinues)
    {
        var result = new List<DraftParagraph>(drafts.Count);
        DraftParagraph? lastBody = null;
        // The parts of the paragraph being rejoined, given to it once it is whole: adding each part to the text so far
        // copied that text again for every part, so a file of 100,000 one-letter lines between blank lines took 21 s to
        // read and a megabyte of them minutes.
        StringBuilder? joined = null;
        foreach (var draft in drafts)
        {
            if (draft.ResolvedKind is ParagraphKind.Footnote)
            {
                result.Add(draft);
                continue;
            }

            if (draft.ResolvedKind is ParagraphKind.Heading or ParagraphKind.Table)
            {
                Complete(lastBody, ref joined);
                lastBody = null;
                result.Add(draft);
                continue;
            }

            if (lastBody is not null && Continues(joined is null ? lastBody.Text[^1] : joined[^1], draft, lowerCaseContinues)
                && !OpensOnAnAbbreviationOf(lastBody.Text, draft.Text))
            {
                (joined ??= new StringBuilder(lastBody.Text)).Append(' ').Append(draft.Text);
                foreach (var call in draft.Calls)
                {
                    lastBody.AddCall(call);
                }

                foreach (var footnote in draft.Footnotes)
                {
                    lastBody.AddFootnote(footnote);
                }
                continue;
            }

            Complete(lastBody, ref joined);
            lastBody = draft;
            result.Add(draft);
        }

        Complete(lastBody, ref joined);
        return result;
    }

    private static void Complete(DraftParagraph? paragraph, ref StringBuilder? joined)
    {
        if (paragraph is not null && joined is not null)
        {
            paragraph.Text = joined.ToString();
        }

        joined = null;
    }

    /// <param name="previousEnd">The last character of the paragraph before, as rejoined so far.</param>
    private static bool Continues(char previousEnd, DraftParagraph next, bool lowerCaseContinues)
    {
        if (next.Number is not null || next.Marker is not (Segmentation.NumberMarker.None or Segmentation.NumberMarker.Dash) || next.Text.Length == 0)
        {
            return false;
        }

        if (next.Marker == Segmentation.NumberMarker.Dash && !next.Bulleted)
        {
            return false;
        }

        // A resolution's paragraph opens with its own verb ("Recalling", "considering", "instructs"): it never
        // continues the one before, even across a page and after a comma (the end of every preambular paragraph).
        if (next.ResolvedKind is ParagraphKind.Preambular or ParagraphKind.Operative)
        {
            return false;
        }

        if (previousEnd is '.' or ';' or ':' or '!' or '?')
        {
            return false;
        }

        return next.AfterPageBreak || (lowerCaseContinues && char.IsLower(next.Text[0]) && !OpensOnAName(next.Text));
    }

    /// <summary>
    /// Whether the text opens on a word the paragraph before writes in capitals ("auda-nepad input to the wsis report"
    /// below "AFRICAN UNION DEVELOPMENT AGENCY (AUDA-NEPAD)", "itu contribution..." below "... (ITU)"): an abbreviation
    /// written in small letters is a name opening a line of its own, a title or a sentence, never the rest of a sentence
    /// cut by a page. A paragraph all in capitals writes every word so: there, only its abbreviation in brackets counts.
    /// </summary>
    private static bool OpensOnAnAbbreviationOf(string previous, string text)
    {
        var end = text.IndexOfAny([' ', ',', ';', ':', '.']);
        var word = end < 0 ? text : text[..end];
        if (word.Length < 2 || !word.Any(char.IsLetter) || !word.All(c => char.IsLower(c) || c == '-' || char.IsDigit(c)))
        {
            return false;
        }

        // In a paragraph all in capitals, the abbreviation it gives itself in brackets.
        var capitals = word.ToUpperInvariant();
        return previous.Any(char.IsLower)
            ? previous.Split([' ', '(', ')', ',', ';', ':', '.'], StringSplitOptions.RemoveEmptyEntries).Any(w => w == capitals)
            : previous.Contains($"({capitals})", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the text opens on a name written with a small first letter and a capital inside ("e-Estonia Briefing
    /// Centre is...", "iHub is...", "eLAC2026"): a proper name starts a sentence there, no sentence goes on.
    /// </summary>
    private static bool OpensOnAName(string text)
    {
        var end = text.IndexOfAny([' ', ',', ';', ':', '.']);
        var word = end < 0 ? text : text[..end];
        return word.Skip(1).Any(char.IsUpper);
    }
}
