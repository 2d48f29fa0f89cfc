using System.Text.RegularExpressions;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// Headings of a kind of section, whatever their number ("2. Mandate", "I. Contexte :"): the sections in which a
/// contribution sets out its background before its work or its plans after it ("Mandate", "Background", "Contexte",
/// "Outlook", "Perspectives": each language's <c>documentProfile.backgroundSections</c>), whose words are context, never
/// an activity of the year; and those in which it sums its work up before the details ("Executive summary", "Résumé":
/// <c>documentProfile.summarySections</c>).
/// </summary>
public sealed partial class SectionHeadings(IEnumerable<string> headings)
{
    private readonly HashSet<string> _headings = headings.Select(Fold).ToHashSet(StringComparer.Ordinal);

    public static SectionHeadings Background(LanguageCatalog languages) =>
        new(languages.Languages.SelectMany(l => l.DocumentProfile?.BackgroundSections ?? []));

    public static SectionHeadings Summary(LanguageCatalog languages) =>
        new(languages.Languages.SelectMany(l => l.DocumentProfile?.SummarySections ?? []));

    /// <summary>Whether <paramref name="section"/>, the heading a paragraph stands under, is one of these ("2. Mandate", "I. Contexte :").</summary>
    public bool Contains(string? section) => section is not null && _headings.Contains(Fold(Numbering().Replace(section, "")));

    private static string Fold(string heading) => TextNormaliser.Fold(heading).Trim();

    // The heading's own number: "2.", "I.", "A)", "1.2 ".
    [GeneratedRegex(@"^\s*(?:[\dIVXivx]{1,5}(?:\.\d{1,3})*|[A-Za-z])[.)]?\s+")]
    private static partial Regex Numbering();
}
