using System.Collections.Concurrent;
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
                owner.AddFootnote(note.Text);
                note.Linked = true;
            }

            previousOwner = owner;
        }

        if (findBareCalls)
        {
            RemoveCallsBeyondLastNote(drafts);
        }
    }

    /// <summary>
    /// Calls are numbered in sequence, so after the last note whose text was found, the next numbers glued to a word
    /// (<c>aujourd'hui82.</c>) are calls too, whose notes the extraction lost (the last page's notes often are).
    /// </summary>
    private static void RemoveCallsBeyondLastNote(List<DraftParagraph> drafts)
    {
        var last = 0;
        var from = 0;
        for (var i = 0; i < drafts.Count; i++)
        {
            foreach (var call in drafts[i].Calls)
            {
                if (int.TryParse(call, out var n) && n >= last)
                {
                    last = n;
                    from = i;
                }
            }
        }

        if (last == 0)
        {
            return;
        }

        for (var next = last + 1; ; next++)
        {
            var pattern = GluedToWord(next.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var owner = drafts.Skip(from).FirstOrDefault(d => d.ResolvedKind is not (ParagraphKind.Footnote or ParagraphKind.Heading) && pattern.IsMatch(d.Text));
            if (owner is null)
            {
                return;
            }

            var match = pattern.Match(owner.Text);
            owner.Text = owner.Text.Remove(match.Index, match.Length);
            owner.AddCall(next.ToString(System.Globalization.CultureInfo.InvariantCulture));
            from = drafts.IndexOf(owner);
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

        return FindBareCall(drafts, index, number, GluedToWord(number)) ?? FindBareCall(drafts, index, number, GluedToNumber(number));
    }

    /// <summary>
    /// The patterns per note number, built once per process: constructing a <see cref="Regex"/> parses and compiles
    /// its pattern, which cost more than the search itself when it was done for every note of every document.
    /// Note numbers have at most three digits, so the caches stay small.
    /// </summary>
    private static readonly ConcurrentDictionary<string, Regex> GluedToWordCache = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, Regex> GluedToNumberCache = new(StringComparer.Ordinal);

    /// <summary>After a letter or closing mark: <c>(SMSI)1.</c>, <c>l'humanité2.</c>.</summary>
    private static Regex GluedToWord(string number) =>
        number.Length <= 3 ? GluedToWordCache.GetOrAdd(number, NewGluedToWord) : NewGluedToWord(number);

    private static Regex NewGluedToWord(string number) =>
        new($@"(?<=[\p{{L}})»\]’])(?:{number})(?=[\s.,;:]|$)", RegexOptions.CultureInvariant);

    /// <summary>
    /// After digits, before punctuation (<c>l'horizon 203012.</c>, <c>G744.</c>, <c>Mundial+1079.</c>): tried last, and only
    /// when the digits left form a whole token of their own (a year, a code), since the number of a note is known.
    /// </summary>
    private static Regex GluedToNumber(string number) =>
        number.Length <= 3 ? GluedToNumberCache.GetOrAdd(number, NewGluedToNumber) : NewGluedToNumber(number);

    private static Regex NewGluedToNumber(string number) =>
        new($@"(?<=(?:\s|^)\d{{3,4}}|[+\p{{L}}]\d{{1,4}})(?:{number})(?=[.,;:](?:\s|$))", RegexOptions.CultureInvariant);

    private static DraftParagraph? FindBareCall(List<DraftParagraph> drafts, int index, string number, Regex glued)
    {
        var bodiesSeen = 0;
        for (var i = index - 1; i >= 0 && bodiesSeen < 16; i--)
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
                candidate.AddCall(number);
                return candidate;
            }
        }

        return null;
    }
}
