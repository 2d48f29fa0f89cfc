using System.Text.RegularExpressions;
using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Entities;

/// <summary>
/// The rules of <see cref="ContributorDetector"/> that read who sent a document from what surrounds its text rather
/// than from a title: an e-mail header's sender, a press release's closing "About ..." heading, and an office of a
/// known entity that a title names rather than the entity itself.
/// </summary>
public sealed partial class ContributorDetector
{
    private readonly Regex? _sender = AnyLanguage(languages, p => p.Sender);
    private readonly Regex? _about = AnyLanguage(languages, p => p.About);
    private readonly Regex? _copyright = AnyLanguage(languages, p => p.Copyright);

    /// <summary>A document's footer left in its text: its copyright line stands among its last few paragraphs, below the contact line.</summary>
    private const int FooterParagraphs = 3;

    private readonly string[] _offices = languages.Languages.SelectMany(l => l.DocumentProfile?.Offices ?? [])
        .Select(o => TextNormaliser.Fold(o).Trim()).Distinct().ToArray();

    /// <summary>
    /// "From: Digital Rights Lanka &lt;info@digitalrightslanka.example.lk&gt;": an e-mail sent from an organisation's
    /// mailbox names the organisation, which the header's "To:" never does. The mailbox's domain must spell the name
    /// shown, whole or by its initials, so that a person writing from a mailbox ("Sione Fifita &lt;sfifita@tcc.gov.to&gt;")
    /// is never taken for a contributor.
    /// </summary>
    private ContributorMatch? FromSender(Paragraph[] paragraphs)
    {
        foreach (var line in paragraphs.Take(IntroductionParagraphs))
        {
            if (_sender?.Match(line.Text) is not { Success: true } match)
            {
                continue;
            }

            var name = match.Groups["entity"].Value.Trim().Trim('"', '\'');
            var letters = Letters(name);
            var domain = match.Groups["domain"].Value.ToLowerInvariant();
            var initials = string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => char.ToLowerInvariant(w[0])));
            if (letters.Length >= 4 && (domain == letters || (initials.Length >= 2 && domain == initials)))
            {
                return catalog.Find(name).FirstOrDefault() is { } known
                    ? new ContributorMatch(known.Entity.Id, "sender", Quote(match.Value.Trim()))
                    : new ContributorMatch(name, "sender", Quote(match.Value.Trim()));
            }
        }

        return null;
    }

    private static string Letters(string name) =>
        string.Concat(TextNormaliser.Fold(name).Where(char.IsLetterOrDigit));

    /// <summary>
    /// "© 2025 Digital Public Goods Alliance. All rights reserved.": a web page whose text names its contributor nowhere
    /// else (the name only in its logo's image) still prints its owner in the footer's copyright line, among its last
    /// paragraphs or in the site footer the reader keeps apart (each language's
    /// <c>documentProfile.copyright</c>). Read last, after every line that says whose contribution it is.
    /// </summary>
    private ContributorMatch? FromCopyright(IEnumerable<string> lastLines)
    {
        foreach (var line in lastLines)
        {
            if (_copyright?.Match(line.Trim()) is not { Success: true } match)
            {
                continue;
            }

            var name = match.Groups["entity"].Value.Trim();
            if (catalog.Find(name).FirstOrDefault() is { } known)
            {
                return new ContributorMatch(known.Entity.Id, "copyright", Quote(line));
            }

            if (char.IsUpper(name[0]) && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2)
            {
                return new ContributorMatch(name, "copyright", Quote(line));
            }
        }

        return null;
    }

    /// <summary>
    /// "Sahel Digital Observatory · Niamey, Niger · www.sahel-digital-observatory.org": a footer line whose parts, set
    /// apart by middle dots, bullets or bars, open on a name and give the web or e-mail address whose domain spells that
    /// name, whole or by its initials, names the site's owner (as an e-mail's sender is read), whatever the language.
    /// Read last, with the copyright line.
    /// </summary>
    private ContributorMatch? FromSiteFooter(IEnumerable<string> lastLines)
    {
        foreach (var line in lastLines)
        {
            var parts = FooterParts().Split(line.Trim()).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
            if (parts.Length < 2 || parts[0].Length > MaxNameLength || !char.IsUpper(parts[0][0]) || parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2)
            {
                continue;
            }

            var name = parts[0];
            var letters = Letters(name);
            var initials = string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => char.ToLowerInvariant(w[0])));
            var domains = parts.Skip(1).Select(p => SiteAddress().Match(p)).Where(m => m.Success).Select(m => Letters(m.Groups["domain"].Value));
            if (domains.Any(d => (letters.Length >= 4 && d == letters) || (initials.Length >= 2 && d == initials)))
            {
                return catalog.Find(name).FirstOrDefault() is { } known
                    ? new ContributorMatch(known.Entity.Id, "footer", Quote(line))
                    : new ContributorMatch(name, "footer", Quote(line));
            }
        }

        return null;
    }

    [GeneratedRegex(@"\s[·•|]\s")]
    private static partial Regex FooterParts();

    // "www.sahel-digital-observatory.org", "https://sdo.example.ne/", "contact@sdo.ne": the domain's first label.
    [GeneratedRegex(@"^(?:(?:https?://)?(?:www\.)?|[\w.+-]+@)(?<domain>[\p{L}\p{N}-]+)(?:\.[\p{L}\p{N}-]+)+/?$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteAddress();

    /// <summary>
    /// "À propos de l'AOTM-CI", "About the Pacific Disability Forum": the heading under which a press release presents who
    /// issued it names its contributor; an abbreviation is given the name the text defines for it.
    /// </summary>
    private ContributorMatch? FromAboutSection(Paragraph[] paragraphs)
    {
        foreach (var heading in paragraphs.Where(p => p.Text.Length <= 140))
        {
            if (_about?.Match(heading.Text.Trim().Trim('*')) is not { Success: true } match)
            {
                continue;
            }

            var name = match.Groups["entity"].Value.Trim();
            if (_names.Expand(name, paragraphs.Select(p => p.Text)) is { } defined)
            {
                name = defined.Name;
            }
            else if (!name.Contains(' ') && DefinedAbove(paragraphs, name) is { } written)
            {
                name = written; // "AOTM-CI", an abbreviation with a hyphen, defined in the release's first sentence
            }

            if (catalog.Find(name).FirstOrDefault() is { } known)
            {
                return new ContributorMatch(known.Entity.Id, "about", Quote(heading.Text));
            }

            if (LooksLikeAnOrganisation(name))
            {
                return new ContributorMatch(name, "about", Quote(heading.Text));
            }
        }

        return null;
    }

    /// <summary>
    /// "UNDP Nepal" alone on the first lines of <c>undp-input.txt</c>: the file's name gives the entity, its letterhead
    /// the country office that writes, a contributor of its own.
    /// </summary>
    private ContributorMatch? OfficeOnFirstLines(Paragraph[] paragraphs, string entity)
    {
        foreach (var line in paragraphs.Take(LetterheadParagraphs).Where(p => p.Text.Length <= 80 && !p.Text.TrimEnd().EndsWith('.')))
        {
            if (catalog.Find(line.Text).FirstOrDefault(m => m.Entity.Id == entity) is { } mention && NamesAnOffice(line.Text, mention))
            {
                return new ContributorMatch(line.Text.Trim(), "letterhead", Quote(line.Text));
            }
        }

        return null;
    }

    /// <summary>
    /// The name a text writes right before the abbreviation in brackets, after its article ("– L'Association des
    /// opérateurs de téléphonie mobile de Côte d'Ivoire (AOTM-CI) dresse le bilan..."), with that abbreviation.
    /// </summary>
    private static string? DefinedAbove(Paragraph[] paragraphs, string abbreviation)
    {
        var definition = new Regex($@"(?<![\p{{L}}])(?:[Ll]['’]|(?:[Tt]he|[Ll]a|[Ll]e|[Ll]es)\s+)?(?<name>\p{{Lu}}[^.;:!?()–—]{{2,150}}?)\s\({Regex.Escape(abbreviation)}\)",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return paragraphs.Select(p => definition.Match(p.Text)).FirstOrDefault(m => m.Success) is { } match
            ? $"{match.Groups["name"].Value.Trim()} ({abbreviation})"
            : null;
    }

    /// <summary>
    /// "ITU Regional Office for Africa", "Bureau régional multisectoriel de l'UNESCO à Dakar": a name that holds a known
    /// entity and one of the languages' office nouns (<c>documentProfile.offices</c>) names that office, a contributor
    /// of its own, as a country office named by its State is.
    /// </summary>
    private bool NamesAnOfficeAway(string text, EntityMention mention)
    {
        if (NamesAnOffice(text, mention))
        {
            return true;
        }

        var folded = TextNormaliser.Fold(text);
        return _offices.Any(office => folded.Contains(office, StringComparison.Ordinal))
            && TextNormaliser.Fold(mention.Text).Trim().Length < folded.Trim().Length;
    }
}
