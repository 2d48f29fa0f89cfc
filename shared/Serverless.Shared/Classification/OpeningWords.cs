namespace Serverless.Shared.Classification;

/// <summary>
/// Words that open a kind of paragraph, read from the taxonomy's <c>paragraphOpenings</c> in every language, and
/// matched as whole words at the start of a paragraph after folding (case, accents, punctuation): <c>Awareness</c>
/// does not open with <c>aware</c>. <see cref="Preambular"/> (<c>Rappelant</c>, <c>Recalling</c>, <c>Profondément
/// préoccupée</c>) is how the segmenter and the classifier both decide a preamble; <see cref="Recalling"/>
/// (<c>Rappelle</c>, <c>Takes note</c>) is how the summary tells an operative paragraph that only recalls.
/// </summary>
public sealed class OpeningWords
{
    /// <summary>Longer than any opening, so a paragraph's head is folded rather than the whole paragraph.</summary>
    private const int HeadLength = 60;

    /// <summary>Folded, each with a space before and after (<c>" taking note "</c>), longest first.</summary>
    private readonly string[] _folded;

    private OpeningWords(IReadOnlyDictionary<string, string[]>? byLanguage)
    {
        _folded = (byLanguage ?? new Dictionary<string, string[]>()).Values
            .SelectMany(v => v)
            .Select(TextNormaliser.Fold)
            .Where(f => f.Trim().Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(f => f.Length)
            .ToArray();
    }

    /// <summary>The openings of a resolution's preamble.</summary>
    public static OpeningWords Preambular(Taxonomy taxonomy) => new(taxonomy.ParagraphOpenings?.Preambular);

    /// <summary>The openings of a resolution's operative paragraphs (<c>Prie</c>, <c>Requests</c>, <c>instructs</c>).</summary>
    public static OpeningWords Operative(Taxonomy taxonomy) => new(taxonomy.ParagraphOpenings?.Operative);

    /// <summary>The openings of operative paragraphs that recall or take note rather than ask or decide.</summary>
    public static OpeningWords Recalling(Taxonomy taxonomy) => new(taxonomy.ParagraphOpenings?.Recalling);

    /// <summary>Whether the text opens with one of the words.</summary>
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
