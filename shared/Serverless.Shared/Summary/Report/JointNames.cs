using System.Text.RegularExpressions;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Summary.Report;

/// <summary>
/// The partners a joint contribution's name lists, as its own language joins them ("Université de Douala, le Réseau ...
/// (RFIC) et l'association Code Pour Tous"; "... (CARICAD), the CARICOM Secretariat and The University of the West
/// Indies (UWI)"): cut before a comma or a conjunction that an article follows, each partner without that article, so
/// that a draft in the other language can join them with its own words and articles, and count them for its verb. Every
/// part must be an organisation's (one of the languages' organisation nouns, or an abbreviation in brackets), so that a
/// name that joins two fields ("Ministry of Communications and the Digital Economy") stays one.
/// </summary>
internal static class JointNames
{
    private static readonly LanguageCatalog Languages = LanguageCatalog.Default;

    private static readonly HashSet<string> OrganisationWords = Languages.Languages
        .SelectMany(l => l.DocumentProfile?.OrganisationWords ?? []).Select(w => TextNormaliser.Fold(w).Trim()).ToHashSet(StringComparer.Ordinal);

    private static readonly string[] Conjunctions = Languages.Languages.SelectMany(l => l.Requests.Conjunctions).Distinct().ToArray();

    /// <summary>A comma or a conjunction, then one of the languages' articles: where a further partner starts.</summary>
    private static readonly Regex? Boundary = Languages.Languages.SelectMany(l => l.DocumentProfile?.Articles ?? []).Distinct().ToArray() is { Length: > 0 } articles
        && Conjunctions.Length > 0
        ? new Regex($@"(?:,\s+(?:(?:{string.Join('|', Conjunctions.Select(Regex.Escape))})\s+)?|\s+(?<conjunction>{string.Join('|', Conjunctions.Select(Regex.Escape))})\s+)(?i:{string.Join('|', articles.Select(a => Regex.Escape(a) + (a.EndsWith('\'') || a.EndsWith('’') ? "" : @"\s+")))})(?=\p{{L}})",
            RegexOptions.CultureInvariant)
        : null;

    /// <summary>The partners <paramref name="name"/> lists, each without the article that joined it; one name when it lists none.</summary>
    public static IReadOnlyList<string> Partners(string name)
    {
        if (Boundary is null)
        {
            return [name];
        }

        var parts = new List<string>();
        var from = 0;
        foreach (Match boundary in Boundary.Matches(name))
        {
            parts.Add(name[from..boundary.Index].Trim());
            from = boundary.Index + boundary.Length;
        }

        parts.Add(name[from..].Trim());
        return parts.Count > 1 && parts.All(IsOrganisation) ? parts : [name];
    }

    /// <summary>The conjunction before the last partner ("et", "and"), or null for a name that lists no partners.</summary>
    public static string? Conjunction(string name) =>
        Partners(name).Count > 1 && Boundary?.Matches(name).LastOrDefault(m => m.Groups["conjunction"].Success) is { } last ? last.Groups["conjunction"].Value : null;

    private static bool IsOrganisation(string part) =>
        Regex.IsMatch(part, @"\([\p{Lu}\p{N}][\p{L}\p{N}&\-]{1,11}\)")
        || TextNormaliser.Fold(part).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(OrganisationWords.Contains);
}
