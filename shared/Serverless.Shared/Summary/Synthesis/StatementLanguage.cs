using Serverless.Shared.Classification;

namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// The language a statement is written in. Most are in their document's; a bilingual contribution (its English part,
/// then its French one) holds statements of both, and a draft must mark, or leave out, the ones not in its own. A
/// statement's own words decide only when they are clear: one language's common words (<c>commonWords</c> of
/// <c>Languages/{code}.json</c>) at least <see cref="MinWords"/> times and at least twice as often as any other's;
/// otherwise (a list of figures and names) it is its document's.
/// </summary>
public static class StatementLanguage
{
    public const int MinWords = 3;

    private static readonly Lazy<(string Code, HashSet<string> Words)[]> Languages = new(() =>
        LanguageCatalog.Default.Languages.Select(l => (l.Code, l.CommonWords.ToHashSet(StringComparer.Ordinal))).ToArray());

    public static string Of(string text, string? documentLanguage)
    {
        var words = text.ToLowerInvariant().Split([' ', ',', ';', ':', '.', '(', ')', '«', '»', '“', '”', '"', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries);
        var counts = Languages.Value.Select(l => (l.Code, Count: words.Count(l.Words.Contains))).OrderByDescending(c => c.Count).ToArray();
        return counts is [var best, ..] && best.Count >= MinWords && counts.Skip(1).All(c => best.Count >= 2 * c.Count)
            ? best.Code
            : documentLanguage ?? "und";
    }
}
