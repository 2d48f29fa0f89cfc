using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Classification;

/// <summary>
/// Infers a paragraph's kind from its text when the segmenter did not say: a resolution's preamble opens
/// with a participle (<c>Rappelant</c>, <c>Recalling</c>), an operative paragraph with a verb in the present
/// (<c>Prie</c>, <c>Requests</c>), a list item with a dash or a letter, a heading is short and unpunctuated.
/// The openings come from the taxonomy; preambular ones are matched as the segmenter matches them
/// (<see cref="OpeningWords"/>).
/// </summary>
public sealed class ParagraphKindDetector
{
    private const int MaxHeadingWords = 16;
    private readonly OpeningWords _preambular;
    private readonly string[] _operative;
    private readonly string[] _modifiers;

    public ParagraphKindDetector(Taxonomy taxonomy)
    {
        var openings = taxonomy.ParagraphOpenings;
        _preambular = OpeningWords.Preambular(taxonomy);
        _operative = Folded(openings?.Operative);
        // Folded with its spaces around it (" also "), so that a modifier matches whole words only.
        _modifiers = Folded(openings?.Modifiers).Select(m => m.TrimEnd() + " ").ToArray();
    }

    public ParagraphKind Detect(string text) => Detect(ParagraphOpening.Of(text));

    public ParagraphKind Detect(ParagraphOpening opening)
    {
        var body = opening.Body;
        if (body.Length == 0)
        {
            return ParagraphKind.Paragraph;
        }

        if (opening.HeadingMarker)
        {
            return ParagraphKind.Heading;
        }

        var head = TextNormaliser.Fold(body.Length > 60 ? body[..60] : body);
        var startsUpper = char.IsUpper(body[0]);
        if (opening.Number is { } number && char.IsDigit(number[0]) && StartsWithAny(WithoutModifier(head), _operative))
        {
            return ParagraphKind.Operative;
        }

        // "b) Infrastructure de l'information et des communications (C2)": lettered, short and unpunctuated.
        if (!opening.ListMarker && LooksLikeHeading(body))
        {
            return ParagraphKind.Heading;
        }

        if (opening.ListMarker || (opening.Number is { Length: 1 } letter && char.IsLower(letter[0])))
        {
            return ParagraphKind.ListItem;
        }

        // The Plenipotentiary Conference's and the Council's texts write their preamble in lower case and end its
        // paragraphs with a comma ("recognizing that ...,"); in lower case the comma is needed, since a narrative
        // sentence does not open with a participle and end so.
        if (opening.Number is null && _preambular.OpenFolded(head) && (startsUpper || body[^1] is ',' or ';'))
        {
            return ParagraphKind.Preambular;
        }

        // Lower case too: those texts open their operative paragraphs with "resolves to instruct", "instructs the
        // Director..." and end them with a semicolon, a comma or nothing, so in lower case the verb alone says it.
        if (opening.Number is null && StartsWithAny(WithoutModifier(head), _operative) && (!startsUpper || body[^1] is ';' or '.' or ':'))
        {
            return ParagraphKind.Operative;
        }

        return ParagraphKind.Paragraph;
    }

    /// <summary>Whether the text opens with an operative verb (<c>encourage les États Membres...</c> in a sub-paragraph).</summary>
    public bool OpensLikeOperative(string body) =>
        body.Length > 0 && StartsWithAny(WithoutModifier(TextNormaliser.Fold(body.Length > 60 ? body[..60] : body)), _operative);

    /// <summary>The folded head without a leading adverb ("also requests" → "requests").</summary>
    private string WithoutModifier(string foldedHead)
    {
        foreach (var modifier in _modifiers)
        {
            if (foldedHead.StartsWith(modifier, StringComparison.Ordinal))
            {
                // Folded text starts with a space; so does what follows the modifier.
                return foldedHead[(modifier.Length - 1)..];
            }
        }

        return foldedHead;
    }

    private static bool LooksLikeHeading(string body)
    {
        if (body[^1] is '.' or ';' or ',' or ':' or '!' or '?' || !char.IsUpper(body[0]) && !char.IsDigit(body[0]))
        {
            return false;
        }

        var words = 1;
        foreach (var c in body)
        {
            if (c == ' ' && ++words > MaxHeadingWords)
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithAny(string foldedHead, string[] foldedOpenings)
    {
        foreach (var opening in foldedOpenings)
        {
            if (foldedHead.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Folded(IReadOnlyDictionary<string, string[]>? byLanguage) =>
        (byLanguage ?? new Dictionary<string, string[]>()).Values.SelectMany(v => v)
            .Select(TextNormaliser.Fold)
            .Where(f => f.Trim().Length > 0)
            .Distinct()
            .OrderByDescending(f => f.Length)
            .ToArray();
}
