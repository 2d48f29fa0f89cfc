using System.Text.RegularExpressions;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Summary;

/// <summary>
/// How a contributor the catalogue does not know opens a sentence in its own language: with the article its documents
/// give it ("L'Association Femmes et Numérique du Sahel (AFNS) est...", "The Global Open Data Coalition (GODC) is..."),
/// so that the report writes "L'Association ... indique" rather than a French sentence without its article. The
/// articles are each language's <c>documentProfile.articles</c>; a name its documents never write after one keeps none.
/// </summary>
public sealed class ContributorSubject(LanguageCatalog languages)
{
    /// <summary>The name with its article, and the language of the document that wrote it; null when none does.</summary>
    public (string Subject, string Language)? Of(string name, IEnumerable<SummaryDocument> documents)
    {
        // A joint contribution's name ("Internet Sans Frontières (ISF), ... et du Réseau ... (RRCS)") opens on its first
        // organisation, whose article it takes: never the last one's ("le RRCS"), which would stand before the first's name.
        var abbreviations = Regex.Matches(name, @"\((?<abbr>[^)]+)\)");
        var first = abbreviations.Count > 1 ? name[..(abbreviations[0].Index + abbreviations[0].Length)] : name;
        var bare = Regex.Replace(first, @"\s*\([^)]*\)\s*$", "");
        var abbreviation = Regex.Match(first, @"\((?<abbr>[^)]+)\)\s*$").Groups["abbr"].Value;
        // A first word in capitals is another organisation's abbreviation ("UNDP Bangladesh" is the office, "the UNDP" is
        // UNDP), never a noun standing for the name; nor is a place or a word that is no organisation's noun ("the Sahel
        // Mobile Academy" is another name than "Sahel Mobile Telecom").
        var firstWord = Regex.Match(bare, @"^\p{Lu}[\p{L}-]+").Value is var word && word.Any(char.IsLower)
            && _organisationWords.Contains(TextNormaliser.Fold(word).Trim()) ? word : "";

        // A company is named without an article ("Safaricom PLC", "Nordlicht Netze GmbH"), whatever other name its first
        // word opens in the text ("the Safaricom Foundation").
        var folded = TextNormaliser.Fold(bare);
        if (_companyForms.Any(form => folded.Length > form.Length && folded.EndsWith(form, StringComparison.Ordinal)))
        {
            return null;
        }

        // The whole name first ("L'Association Femmes et Numérique du Sahel"), then its abbreviation ("l'ORCAO"), then
        // its first word standing for it ("l'Agence", "la Communauté"): a name takes the same article in all three.
        var forms = new[] { bare, abbreviation, firstWord }.Where(f => f.Length > 1).Distinct().ToArray();
        var documentList = documents.ToArray();
        foreach (var form in forms)
        {
            if (Find(name, form, documentList) is { } found)
            {
                return found;
            }
        }

        // "International Organization for Migration (IOM)" never written after "the" in its own text still takes it in
        // English: a name built with "of" or "for" is a description (each language's documentProfile.articleLinks).
        foreach (var document in documentList)
        {
            if (document.Language is { } code && languages.TryGet(code, out var language)
                && language.DocumentProfile is { ArticleLinks: { Length: > 0 } links, Articles: [var article, ..] }
                && bare.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => links.Contains(w, StringComparer.Ordinal)))
            {
                return (char.ToUpperInvariant(article[0]) + article[1..] + " " + name, code);
            }
        }

        return null;
    }

    /// <summary>Each language's <c>documentProfile.organisationWords</c>, folded ("agence", "communaute", "network").</summary>
    private readonly HashSet<string> _organisationWords = languages.Languages
        .SelectMany(l => l.DocumentProfile?.OrganisationWords ?? []).Select(w => TextNormaliser.Fold(w).Trim()).ToHashSet(StringComparer.Ordinal);

    /// <summary>Each language's <c>documentProfile.companyForms</c>, folded with a space either side ("plc", "s p a").</summary>
    private readonly string[] _companyForms = languages.Languages
        .SelectMany(l => l.DocumentProfile?.CompanyForms ?? []).Select(TextNormaliser.Fold).Where(f => f.Trim().Length > 0).Distinct().ToArray();

    private (string Subject, string Language)? Find(string name, string form, SummaryDocument[] documents)
    {
        foreach (var document in documents)
        {
            if (document.Language is not { } code || !languages.TryGet(code, out var language) || language.DocumentProfile?.Articles is not { Length: > 0 } articles)
            {
                continue;
            }

            var pattern = new Regex(
                $@"(?<![\p{{L}}])(?i:(?<article>{string.Join('|', articles.Select(a => Regex.Escape(a) + (a.EndsWith('\'') || a.EndsWith('’') ? "" : @"\s+")))}))(?-i:{Regex.Escape(form)})(?![\p{{L}}\p{{N}}])",
                RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            foreach (var paragraph in document.Paragraphs)
            {
                if (pattern.Match(paragraph.Text) is { Success: true } match)
                {
                    var article = match.Groups["article"].Value.ToLowerInvariant().Replace('’', '\'');
                    var joined = article.EndsWith('\'') ? article + name : $"{article.TrimEnd()} {name}";
                    return (char.ToUpperInvariant(joined[0]) + joined[1..], code);
                }
            }
        }

        return null;
    }
}
