using System.Text.RegularExpressions;
using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Entities;

/// <summary>
/// Finds who contributed a document from what it says of itself, in order of trust: a title that says whose
/// contribution it is ("Contribution of the International Telecommunication Union", "Contribution de l'UNESCO"), the
/// organ that issued it (a resolution's General Assembly), the file name (<c>cstd-contribution-2025.md</c>), an opening
/// sentence that presents the contribution ("The Caribbean Telecommunications Union is pleased to submit..."), then an
/// entity named in the letterhead (the first lines) or the signature (a short last line). Each answer carries the words
/// that decided it, as year and body detection do.
/// A title names contributors the catalogue does not know as well ("Contribution of the Pacific Community (SPC) to the
/// 2026 WSIS report"): the name is kept as the title writes it, so that the report can say whose words it quotes
/// rather than "an unidentified contributor"; so does an opening sentence that presents the contribution. The phrasings are
/// each language's <c>documentProfile.contributor</c> and <c>documentProfile.selfIntroduction</c>.
/// </summary>
public sealed partial class ContributorDetector(EntityCatalog catalog, LanguageCatalog languages)
{
    private const int LetterheadParagraphs = 3;
    private const int SignatureLength = 120;

    /// <summary>A name longer than this is a sentence the pattern ran into, not an entity's name.</summary>
    private const int MaxNameLength = 150;

    private readonly Regex? _contributorTitle = AnyLanguage(languages, p => p.Contributor);
    private readonly Regex? _selfIntroduction = AnyLanguage(languages, p => p.SelfIntroduction);
    private readonly HashSet<string> _selfReferences = languages.Languages
        .SelectMany(l => l.DocumentProfile?.SelfReferences ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public ContributorMatch? Detect(SegmentedDocument document, string fileName)
    {
        var paragraphs = document.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToArray();
        var title = paragraphs.FirstOrDefault()?.Text;
        if (title is not null && FromTitle(title) is { } fromTitle)
        {
            return fromTitle;
        }

        if (catalog.Normalise(document.Profile.IssuingBody) is { } body)
        {
            return new ContributorMatch(body, "issuing body", document.Profile.Evidence.GetValueOrDefault("issuingBody") ?? document.Profile.IssuingBody!);
        }

        if (FromFileName(fileName) is { } fromName)
        {
            return new ContributorMatch(fromName, "file name", fileName);
        }

        foreach (var line in paragraphs.Take(LetterheadParagraphs))
        {
            if (FromSelfIntroduction(line.Text) is { } introduced)
            {
                return introduced;
            }
        }

        foreach (var line in paragraphs.Take(LetterheadParagraphs))
        {
            if (catalog.Find(line.Text).FirstOrDefault() is { } letterhead && line.Text.Length <= 300)
            {
                return new ContributorMatch(letterhead.Entity.Id, "letterhead", Quote(line.Text));
            }
        }

        if (paragraphs.LastOrDefault() is { } last && last.Text.Length <= SignatureLength && catalog.Find(last.Text).FirstOrDefault() is { } signature)
        {
            return new ContributorMatch(signature.Entity.Id, "signature", Quote(last.Text));
        }

        return null;
    }

    /// <summary>
    /// The contributor a title names: the catalogue's entity when the name is one it knows, else the name as written
    /// (a proper name: it starts with a capital or a digit, and is not a whole sentence).
    /// </summary>
    private ContributorMatch? FromTitle(string title)
    {
        if (_contributorTitle?.Match(title.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var name = match.Groups["entity"].Value.Trim().TrimEnd('.', ',', ';');
        if (catalog.Find(name).FirstOrDefault() is { } known)
        {
            return new ContributorMatch(known.Entity.Id, "title", Quote(title));
        }

        return name.Length is > 1 and <= MaxNameLength && (char.IsUpper(name[0]) || char.IsDigit(name[0]))
            ? new ContributorMatch(name, "title", Quote(title))
            : null;
    }

    /// <summary>
    /// The contributor an opening sentence presents. A sentence's subject is riskier than a title's name ("We are
    /// pleased to share", "The Secretariat is pleased to submit", "Our network is pleased..."), so the name must read as an
    /// organisation's: not opening with a word by which writers speak of themselves, and two capitalised words, an
    /// abbreviation in capitals, or three words at least (French capitalises only the first: "Observatoire sénégalais
    /// des usages numériques").
    /// </summary>
    private ContributorMatch? FromSelfIntroduction(string text)
    {
        if (_selfIntroduction?.Match(text.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var name = match.Groups["entity"].Value.Trim().TrimEnd(',');
        if (catalog.Find(name).FirstOrDefault() is { } known)
        {
            return new ContributorMatch(known.Entity.Id, "introduction", Quote(text));
        }

        return LooksLikeAnOrganisation(name) ? new ContributorMatch(name, "introduction", Quote(text)) : null;
    }

    private bool LooksLikeAnOrganisation(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('(', ')', ',')).Where(w => w.Length > 0).ToArray();
        return name.Length <= MaxNameLength && char.IsUpper(name[0]) && !_selfReferences.Contains(words[0])
            && (words.Count(w => char.IsUpper(w[0])) >= 2 || words.Any(w => w.Length >= 2 && w.All(char.IsUpper)) || words.Length >= 3);
    }

    private static Regex? AnyLanguage(LanguageCatalog languages, Func<LanguageDocumentProfile, string?> phrasing)
    {
        var patterns = languages.Languages.Select(l => l.DocumentProfile is { } profile ? phrasing(profile) : null).OfType<string>().ToList();
        return patterns.Count == 0
            ? null
            : new Regex(string.Join('|', patterns.Select(p => $"(?:{p})")), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>An entity's abbreviation or id as a whole word of the file name: <c>itu-contribution-2025.pdf</c>.</summary>
    private string? FromFileName(string fileName)
    {
        var words = FileWords().Split(Path.GetFileNameWithoutExtension(fileName)).Where(w => w.Length > 1).ToArray();
        return words.Select(w => catalog.Entities.FirstOrDefault(e =>
                e.Id.Equals(w, StringComparison.OrdinalIgnoreCase) || e.Abbreviations.Any(a => a.Equals(w, StringComparison.OrdinalIgnoreCase)))?.Id)
            .FirstOrDefault(id => id is not null);
    }

    private static string Quote(string text) => text.Length <= 160 ? text : text[..159] + "…";

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex FileWords();
}

/// <param name="Source">What decided: <c>title</c>, <c>issuing body</c>, <c>file name</c>, <c>introduction</c>, <c>letterhead</c> or <c>signature</c>.</param>
/// <param name="Evidence">The words that decided it.</param>
public sealed record ContributorMatch(string Entity, string Source, string Evidence);
