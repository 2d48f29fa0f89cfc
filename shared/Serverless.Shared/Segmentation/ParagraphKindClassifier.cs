using System.Text.RegularExpressions;
using Serverless.Shared.Classification;
using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Decides the kind of each paragraph with the conventions of UN documents, whatever their shape:
/// <list type="bullet">
/// <item>headings: marked by the format; sections <c>I.</c>/<c>A.</c> with a short unpunctuated title; lettered
/// action-line headings ending with their code (<c>b) Infrastructure ... (C2)</c>); a resolution's number alone in
/// capitals (<c>RESOLUTION 140 (REV. BUCHAREST, 2022)</c>); and, where the layout saw a
/// line standing alone, a short line without final punctuation (<c>1&lt;TAB&gt;Introduction</c>, <c>Objet</c>);</item>
/// <item>resolutions: unnumbered paragraphs opening with a participle (<c>Rappelant</c>, <c>Recalling</c>: the taxonomy's
/// preambular openings, <see cref="OpeningWords.Preambular"/>) before the first numbered one are preambular; once a preamble
/// exists, numbered paragraphs are operative;</item>
/// <item>the Plenipotentiary Conference's and the Council's resolutions write their preamble and their operative part
/// in lower case, each part under a lead-in (<c>recalling</c>, <c>considering</c>, <c>resolves</c>, <c>instructs the
/// Secretary-General</c>): a lead-in alone is the heading of the items under it, a paragraph that opens so in lower
/// case is preambular or operative, and the numbered items under an operative lead-in are operative;</item>
/// <item>lettered or dashed items are list items; the rest is narrative text.</item>
/// </list>
/// Not to be confused with <see cref="IParagraphClassifier"/>, which labels paragraphs by action line and body.
/// </summary>
internal sealed partial class ParagraphKindClassifier(OpeningWords preambular, OpeningWords operative)
{
    private const int MaxHeadingLength = 300;

    public void Classify(List<DraftParagraph> drafts)
    {
        var state = new ResolutionState();
        foreach (var draft in drafts)
        {
            var leadInBefore = state.JustAfterLeadIn;
            draft.ResolvedKind = Decide(draft, state);
            if (draft.ResolvedKind == ParagraphKind.Footnote)
            {
                state.JustAfterLeadIn = leadInBefore;
                continue;
            }

            if (draft.ResolvedKind == ParagraphKind.Heading && !state.JustAfterLeadIn)
            {
                // A section's own title ends the resolution part a lead-in opened.
                state.LeadIn = null;
            }

            state.AfterBreak = draft.ResolvedKind is ParagraphKind.Heading or ParagraphKind.Table ||
                               draft.Text.Length == 0 || draft.Text[^1] is ',' or '.' or ';' or ':' or '!' or '?';
        }
    }

    private ParagraphKind Decide(DraftParagraph draft, ResolutionState state)
    {
        var afterLeadIn = state.JustAfterLeadIn;
        state.JustAfterLeadIn = false;
        switch (draft.Kind)
        {
            case BlockKind.Footnote:
                return ParagraphKind.Footnote;
            case BlockKind.Table:
                return ParagraphKind.Table;
            case BlockKind.Heading:
                return ParagraphKind.Heading;
        }

        var text = draft.Text;

        // Before the heading rules: a lead-in set on a line of its own ("instructs the Secretary-General") looks like
        // a short title, and is one: it names what its items do, and says nothing alone. No other heading opens in
        // lower case. Only where the paragraph before ended its sentence or clause: "...les États qui en font la" /
        // "demande, à la faveur..." is one sentence cut by a page.
        if (state.AfterBreak && draft.Marker == NumberMarker.None && text.Length > 0 && char.IsLower(text[0]))
        {
            var part = preambular.Open(text) ? ParagraphKind.Preambular : operative.Open(text) ? ParagraphKind.Operative : (ParagraphKind?)null;
            if (part is { } opened)
            {
                state.LeadIn = opened;
                if (opened == ParagraphKind.Preambular)
                {
                    state.Preamble++;
                }
                else
                {
                    state.OperativeStarted = true;
                }

                if (IsBareLeadIn(text))
                {
                    state.JustAfterLeadIn = true;
                    return ParagraphKind.Heading;
                }

                return opened;
            }

            // "invites Member States" / "to contribute to the work of the Group.": the lead-in's clause. ITU sets several
            // one after another ("considering" / "that ...," / "that ...,"): one ending with a comma or semicolon leaves
            // the lead-in open for the next; a full stop closes it.
            if (afterLeadIn && state.LeadIn is { } under)
            {
                state.JustAfterLeadIn = text[^1] is ',' or ';';
                return under;
            }
        }

        // ITU sets a resolution's number in capitals of the body's type ("RESOLUTION 140 (REV. BUCHAREST, 2022)"): it
        // heads the resolution as its bold subject line does, though nothing in its type says so.
        if (draft.Marker == NumberMarker.None && ResolutionNumber().IsMatch(text))
        {
            return ParagraphKind.Heading;
        }

        var shortTitle = text.Length <= MaxHeadingLength && !EndsWithPunctuation(text);
        if (shortTitle && draft.Marker is NumberMarker.Roman or NumberMarker.Capital)
        {
            return ParagraphKind.Heading;
        }

        if (draft.Marker == NumberMarker.Letter && text.Length <= MaxHeadingLength && text.EndsWith(')') && ActionLineCode().IsMatch(text))
        {
            return ParagraphKind.Heading;
        }

        if (draft.HeadingCandidate && draft.Marker != NumberMarker.Dash && text.Length <= 100 && !EndsWithPunctuation(text) && !text.EndsWith(',') && WordCount(text) <= 16)
        {
            return ParagraphKind.Heading;
        }

        if (draft.Marker is NumberMarker.Letter or NumberMarker.Dash || (draft.Bulleted && draft.Number is null) || draft.Kind == BlockKind.ListItem && draft.Marker != NumberMarker.Decimal)
        {
            return ParagraphKind.ListItem;
        }

        if (draft.Marker == NumberMarker.Decimal)
        {
            if ((state.Preamble >= 2 || state.LeadIn == ParagraphKind.Operative) && !draft.Number!.Contains('.'))
            {
                state.OperativeStarted = true;
                return ParagraphKind.Operative;
            }

            return ParagraphKind.Paragraph;
        }

        if (!state.OperativeStarted && char.IsUpper(text[0]) && preambular.Open(text))
        {
            state.Preamble++;
            return ParagraphKind.Preambular;
        }

        return draft.Kind == BlockKind.ListItem ? ParagraphKind.ListItem : ParagraphKind.Paragraph;
    }

    /// <summary>Where the paragraphs read so far stand in a resolution.</summary>
    private sealed class ResolutionState
    {
        /// <summary>Preambular paragraphs read before the operative part.</summary>
        public int Preamble { get; set; }

        public bool OperativeStarted { get; set; }

        /// <summary>The part the last lower-case lead-in opened: after "resolves" or "instructs the Director...", the numbered items are operative.</summary>
        public ParagraphKind? LeadIn { get; set; }

        /// <summary>Whether the paragraph before was a bare lead-in or one of its clauses ending with a comma or semicolon: a further clause may follow unnumbered.</summary>
        public bool JustAfterLeadIn { get; set; }

        /// <summary>Whether the paragraph before ended a sentence or a clause (or was a heading): the next may open a new one.</summary>
        public bool AfterBreak { get; set; } = true;
    }

    /// <summary>A lead-in alone ("recalling", "instructs the Secretary-General"): short, without a clause's punctuation.</summary>
    private static bool IsBareLeadIn(string text) => !EndsWithPunctuation(text) && !text.EndsWith(',') && WordCount(text) <= 16;

    private static bool EndsWithPunctuation(string text) => text.Length > 0 && text[^1] is '.' or ';' or ':' or '!' or '?';

    private static int WordCount(string text) => text.AsSpan().Count(' ') + 1;

    /// <summary>A resolution's or decision's number alone, in capitals, with its revision in brackets: <c>RÉSOLUTION 1332 (MODIFIÉE EN 2026)</c>.</summary>
    [GeneratedRegex(@"^(?:RESOLUTION|RÉSOLUTION|DECISION|DÉCISION)\s+\d{1,4}(?:\s*\([^()a-z]{1,60}\))?$")]
    private static partial Regex ResolutionNumber();

    [GeneratedRegex(@"\((?:C\d{1,2}(?:\.\d)?)\)\s*$")]
    private static partial Regex ActionLineCode();
}
