using System.Text.RegularExpressions;
using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Decides the kind of each paragraph with the conventions of UN documents, whatever their shape:
/// <list type="bullet">
/// <item>headings: marked by the format; sections <c>I.</c>/<c>A.</c> with a short unpunctuated title; lettered
/// action-line headings ending with their code (<c>b) Infrastructure ... (C2)</c>); and, where the layout saw a
/// line standing alone, a short line without final punctuation (<c>1&lt;TAB&gt;Introduction</c>, <c>Objet</c>);</item>
/// <item>resolutions: unnumbered paragraphs opening with a participle (<c>Rappelant</c>, <c>Recalling</c>) before the
/// first numbered one are preambular; once a preamble exists, numbered paragraphs are operative;</item>
/// <item>lettered or dashed items are list items; the rest is narrative text.</item>
/// </list>
/// </summary>
internal static partial class ParagraphClassifier
{
    private const int MaxHeadingLength = 300;

    public static void Classify(List<DraftParagraph> drafts)
    {
        var preamble = 0;
        var operativeStarted = false;
        foreach (var draft in drafts)
        {
            draft.ResolvedKind = Decide(draft, ref preamble, ref operativeStarted);
        }
    }

    private static ParagraphKind Decide(DraftParagraph draft, ref int preamble, ref bool operativeStarted)
    {
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
            if (preamble >= 2 && !draft.Number!.Contains('.'))
            {
                operativeStarted = true;
                return ParagraphKind.Operative;
            }

            return ParagraphKind.Paragraph;
        }

        if (!operativeStarted && char.IsUpper(text[0]) && PreambularOpening().IsMatch(text))
        {
            preamble++;
            return ParagraphKind.Preambular;
        }

        return draft.Kind == BlockKind.ListItem ? ParagraphKind.ListItem : ParagraphKind.Paragraph;
    }

    private static bool EndsWithPunctuation(string text) => text.Length > 0 && text[^1] is '.' or ';' or ':' or '!' or '?';

    private static int WordCount(string text) => text.AsSpan().Count(' ') + 1;

    [GeneratedRegex(@"\((?:C\d{1,2}(?:\.\d)?)\)\s*$")]
    private static partial Regex ActionLineCode();

    /// <summary>Participles that open preambular paragraphs in French and English (and the generic -ant/-ing form).</summary>
    [GeneratedRegex(@"^(?:Rappelant|Réaffirmant|Notant|Considérant|Consciente?s?|Reconnaissant|Soulignant|Prenant|Sachant|Constatant|Se félicitant|Remerciant|Saluant|Accueillant|Ayant|Estimant|Convaincue?s?|Préoccupée?s?|Profondément|Gardant|Tenant|Réitérant|Exprimant|Insistant|Alarmée?s?|Affirmant|Déterminée?s?|Encourageant|Guidée?s?|Résolue?s?|Demandant|Rappelant|Recalling|Reaffirming|Noting|Considering|Recogni[sz]ing|Stressing|Emphasi[sz]ing|Taking note|Welcoming|Acknowledging|Aware|Mindful|Bearing in mind|Concerned|Convinced|Deeply|Expressing|Having|Reiterating|Underlining|Guided|Determined|Encouraging|Affirming|Appreciating|Realizing|Believing)\b")]
    private static partial Regex PreambularOpening();
}
