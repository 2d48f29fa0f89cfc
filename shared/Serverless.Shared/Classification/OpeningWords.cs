namespace Serverless.Shared.Classification;

/// <summary>
/// The words that open a resolution's preambular paragraphs (<c>Rappelant</c>, <c>Recalling</c>, <c>Profondément
/// préoccupée</c>), read from the taxonomy's <c>paragraphOpenings.preambular</c> in every language, and matched as whole
/// words at the start of a paragraph after folding (case, accents, punctuation): <c>Awareness</c> does not open with
/// <c>aware</c>. The segmenter and the classifier both decide a preamble with this one list and this one rule.
/// </summary>
public sealed class PreambularOpenings
{
    /// <summary>Longer than any opening, so a paragraph's head is folded rather than the whole paragraph.</summary>
    private const int HeadLength = 60;

    /// <summary>Folded, each with a space before and after (<c>" taking note "</c>), longest first.</summary>
    private readonly string[] _folded;

    public PreambularOpenings(Taxonomy taxonomy)
    {
        _folded = (taxonomy.ParagraphOpenings?.Preambular ?? new Dictionary<string, string[]>()).Values
            .SelectMany(v => v)
            .Select(TextNormaliser.Fold)
            .Where(f => f.Trim().Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(f => f.Length)
            .ToArray();
    }

    /// <summary>Whether the text opens with a preambular opening.</summary>
    public bool Open(string text) => OpenFolded(TextNormaliser.Fold(text.Length > HeadLength ? text[..HeadLength] : text));

    /// <summary>Whether an already folded head (<see cref="TextNormaliser.Fold"/>, which ends every word with a space) opens with one.</summary>
    public bool OpenFolded(string foldedHead)
    {
        foreach (var opening in _folded)
        {
            if (foldedHead.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
