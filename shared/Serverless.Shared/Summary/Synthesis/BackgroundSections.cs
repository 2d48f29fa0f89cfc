using System.Text.RegularExpressions;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// The sections in which a contribution sets out its background before its work: "Mandate", where it quotes the
/// resolution it answers at length, "Background", "Contexte"; and those in which it says what it plans after the year,
/// "Outlook", "Perspectives" (each language's <c>documentProfile.backgroundSections</c>). What they say is context,
/// never an activity of the year.
/// </summary>
public sealed partial class BackgroundSections(LanguageCatalog languages)
{
    private readonly HashSet<string> _headings = languages.Languages
        .SelectMany(l => l.DocumentProfile?.BackgroundSections ?? [])
        .Select(Fold)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="section"/>, the heading a paragraph stands under, is one of a background's ("2. Mandate", "I. Contexte :").</summary>
    public bool Contains(string? section) => section is not null && _headings.Contains(Fold(Numbering().Replace(section, "")));

    private static string Fold(string heading) => TextNormaliser.Fold(heading).Trim();

    // The heading's own number: "2.", "I.", "A)", "1.2 ".
    [GeneratedRegex(@"^\s*(?:[\dIVXivx]{1,5}(?:\.\d{1,3})*|[A-Za-z])[.)]?\s+")]
    private static partial Regex Numbering();
}
