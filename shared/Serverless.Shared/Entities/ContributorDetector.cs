using System.Text.RegularExpressions;
using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Entities;

/// <summary>
/// Finds who contributed a document from what it says of itself, in order of trust: a title that says whose
/// contribution it is ("Contribution of the International Telecommunication Union", "Contribution de l'UNESCO"), the
/// organ that issued it (a resolution's General Assembly), the file name (<c>cstd-contribution-2025.md</c>), then an
/// entity named in the letterhead (the first lines) or the signature (a short last line). Each answer carries the words
/// that decided it, as year and body detection do.
/// </summary>
public sealed partial class ContributorDetector(EntityCatalog catalog)
{
    private const int LetterheadParagraphs = 3;
    private const int SignatureLength = 120;

    public ContributorMatch? Detect(SegmentedDocument document, string fileName)
    {
        var paragraphs = document.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToArray();
        var title = paragraphs.FirstOrDefault()?.Text;
        if (title is not null && ContributionOf().Match(title) is { Success: true } contribution
            && catalog.Find(title[contribution.Index..]).FirstOrDefault(m => m.Position >= 0) is { } named)
        {
            return new ContributorMatch(named.Entity.Id, "title", Quote(title));
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

    /// <summary>An entity's abbreviation or id as a whole word of the file name: <c>itu-contribution-2025.pdf</c>.</summary>
    private string? FromFileName(string fileName)
    {
        var words = FileWords().Split(Path.GetFileNameWithoutExtension(fileName)).Where(w => w.Length > 1).ToArray();
        return words.Select(w => catalog.Entities.FirstOrDefault(e =>
                e.Id.Equals(w, StringComparison.OrdinalIgnoreCase) || e.Abbreviations.Any(a => a.Equals(w, StringComparison.OrdinalIgnoreCase)))?.Id)
            .FirstOrDefault(id => id is not null);
    }

    private static string Quote(string text) => text.Length <= 160 ? text : text[..159] + "…";

    [GeneratedRegex(@"\b(contribution|submission)\s+(of|from|by|de|du|des|d['’])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContributionOf();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex FileWords();
}

/// <param name="Source">What decided: <c>title</c>, <c>issuing body</c>, <c>file name</c>, <c>letterhead</c> or <c>signature</c>.</param>
/// <param name="Evidence">The words that decided it.</param>
public sealed record ContributorMatch(string Entity, string Source, string Evidence);
