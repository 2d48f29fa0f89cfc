using System.Text.RegularExpressions;

namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// Sentences that report what others wrote, cited by author and year as a paper's literature review does ("Mobile
/// broadband covers less than half of the rural population (ITU, 2025).", "... (APC, 2023; Rey-Moreno, 2017)"): what
/// the literature says is not the contributor's work. A paragraph that is mostly such sentences is the paper's review.
/// </summary>
public static partial class LiteratureCitations
{
    public static bool Cites(string sentence) => AuthorYear().IsMatch(sentence);

    /// <summary>Whether half the paragraph's sentences or more cite the literature.</summary>
    public static bool Reviews(string paragraph)
    {
        var sentences = SentenceSplitter.Split(paragraph);
        var citing = sentences.Count(Cites);
        return citing > 0 && citing * 2 >= sentences.Count;
    }

    /// <summary>"(ITU, 2025)", "(Rey-Moreno, 2017a)", "(Smith et al., 2021; APC, 2023)": a name, a comma and a year in brackets.</summary>
    [GeneratedRegex(@"\((?:[^()]*;\s*)?\p{Lu}[\p{L}&.'’\- ]{1,60}(?:\set\sal\.)?,\s*(?:19|20)\d{2}[a-z]?(?:;[^()]*)?\)")]
    private static partial Regex AuthorYear();
}
