using System.Text.RegularExpressions;
using Serverless.Shared.Classification;
using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Decides the kind of each paragraph with the conventions of UN documents, whatever their shape:
/// <list type="bullet">
/// <item>headings: marked by the format; sections <c>I.</c>/<c>A.</c> with a short unpunctuated title; lettered
/// action-line headings ending with their code (<c>b) Infrastructure ... (C2)</c>); and, where the layout saw a
/// line standing alone, a short line without final punctuation (<c>1&lt;TAB&gt;Introduction</c>, <c>Objet</c>);</item>
/// <item>resolutions: unnumbered paragraphs opening with a participle (<c>Rappelant</c>, <c>Recalling</c>: the taxonomy's
/// preambular openings, <see cref="OpeningWords.Preambular"/>) before the first numbered one are preambular; once a preamble
/// exists, numbered paragraphs are operative;</item>
/// <item>lettered or dashed items are list items; the rest is narrative text.</item>
/// </list>
/// Not to be confused with <see cref="IParagraphClassifier"/>, which labels paragraphs by action line and body.
/// </summary>
internal sealed partial class ParagraphKindClassifier(OpeningWords preambular)
{
    private const int MaxHeadingLength = 300;

    public void Classify(List<DraftParagraph> drafts)
    {
        var preamble = 0;
        var operativeStarted = false;
        foreach (var draft in drafts)
        {
            draft.ResolvedKind = Decide(draft, ref preamble, ref operativeStarted);
        }
    }

    private ParagraphKind Decide(DraftParagraph draft, ref int preamble, ref bool operativeStarted)
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

        if (!operativeStarted && char.IsUpper(text[0]) && preambular.Open(text))
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
}
