using System.Text.RegularExpressions;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Attaches each footnote to the paragraph that calls it: the nearest paragraph before it (footnotes follow their
/// call on the same page) whose calls include its number, else the nearest one after it. Text extracted from PDF
/// loses the superscript, leaving the number glued to the word (<c>(SMSI)1.</c>) or spaced before punctuation
/// (<c>en 2025 28 .</c>); when allowed, such a call is found and removed. A note that cannot be placed stays a
/// footnote paragraph of its own; an unnumbered note (<c>Note : ...</c>) goes with the footnote before it.
/// </summary>
internal static class FootnoteLinker
{
    private const int Reach = 60;

    public static void Link(List<DraftParagraph> drafts, bool findBareCalls)
    {
        DraftParagraph? previousOwner = null;
        for (var i = 0; i < drafts.Count; i++)
        {
            var note = drafts[i];
            if (note.ResolvedKind != ParagraphKind.Footnote)
            {
                continue;
            }

            var owner = note.Number is null ? previousOwner : FindOwner(drafts, i, note.Number, findBareCalls);
            if (owner is not null)
            {
                owner.Footnotes.Add(note.Text);
                note.Linked = true;
            }

            previousOwner = owner;
        }
    }

    private static DraftParagraph? FindOwner(List<DraftParagraph> drafts, int index, string number, bool findBareCalls)
    {
        for (var i = index - 1; i >= Math.Max(0, index - Reach); i--)
        {
            if (drafts[i].ResolvedKind != ParagraphKind.Footnote && drafts[i].Calls.Contains(number))
            {
                return drafts[i];
            }
        }

        for (var i = index + 1; i < Math.Min(drafts.Count, index + 4); i++)
        {
            if (drafts[i].ResolvedKind != ParagraphKind.Footnote && drafts[i].Calls.Contains(number))
            {
                return drafts[i];
            }
        }

        if (!findBareCalls)
        {
            return null;
        }

        var glued = new Regex($@"(?<=[\p{{L}})»\]])(?:{number})(?=[\s.,;:]|$)|\s(?:{number})\s(?=[.,;:])", RegexOptions.CultureInvariant);
        var bodiesSeen = 0;
        for (var i = index - 1; i >= 0 && bodiesSeen < 8; i--)
        {
            var candidate = drafts[i];
            if (candidate.ResolvedKind == ParagraphKind.Footnote)
            {
                continue;
            }

            bodiesSeen++;
            var matches = glued.Matches(candidate.Text);
            if (matches.Count > 0)
            {
                var last = matches[^1];
                candidate.Text = candidate.Text.Remove(last.Index, last.Length);
                candidate.Calls.Add(number);
                return candidate;
            }
        }

        return null;
    }
}
