using System.Text.RegularExpressions;
using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Entities;

/// <summary>
/// The letterhead rules of <see cref="ContributorDetector"/>: an organisation named in a document's first lines, or in a
/// DOCX's page header, that the catalogue does not know (a name with its abbreviation, a name the text then defines,
/// calls by its noun or presents, a line that is a name and nothing else, a title printed under the letterhead), and the
/// country a letterhead prints beside a national body's name.
/// </summary>
public sealed partial class ContributorDetector
{
    /// <summary>
    /// A title printed under the letterhead's lines, as a title names its contributor: "APNIC" / "Asia Pacific Network
    /// Information Centre" / its address, then "APNIC contribution to the 2025 WSIS progress report". The name must read
    /// as an organisation's ("Annual input to the WSIS report" names none), and keeps the state the letterhead prints
    /// beside it ("BURKINA FASO" over "Contribution de l'Institut national de la statistique...").
    /// </summary>
    private ContributorMatch? FromTitleBelowLetterhead(Paragraph[] paragraphs)
    {
        // A letterhead of more lines (a department, its office, a unit, the place and date) sets its title lower: a
        // title line among the opening paragraphs is read too, a heading or, in plain text, a line without a full stop
        // ("UNION AFRICAINE" / "COMMISSION DE L'UNION AFRICAINE" / a department / "Addis-Abeba, Éthiopie", then
        // "Contribution de la Commission de l'Union africaine au rapport annuel...").
        var heads = paragraphs.Take(LetterheadParagraphs + 1).ToArray();
        var lines = heads.Skip(1).Concat(paragraphs.Skip(heads.Length).Take(IntroductionParagraphs - heads.Length));
        foreach (var line in lines.Where(p => IsTitleLine(p.Text)))
        {
            if (FromTitle(line.Text) is not { } titled)
            {
                continue;
            }

            if (catalog.Get(titled.Entity) is not null)
            {
                return titled;
            }

            // A State's contribution names it by one word after the title's own ("Contribution de la Suisse au rapport...");
            // a word that opens the title ("Annual input to the WSIS report") is no name.
            if (LooksLikeAnOrganisation(titled.Entity) || (IsOneWordName(titled.Entity) && line.Text.IndexOf(titled.Entity, StringComparison.Ordinal) > 0))
            {
                return titled with { Place = PlaceOf(heads, line) };
            }
        }

        return null;
    }

    /// <summary>
    /// A capitalised word of a few letters at least, which no writer uses to speak of itself ("Suisse", "Colombia"), or an
    /// abbreviation joined to a word by a hyphen, as the United Nations name some of their programmes ("ONU-Habitat",
    /// "UN-Women", "ONU-Femmes").
    /// </summary>
    private bool IsOneWordName(string name) =>
        (name.Length >= 4 && !name.Contains(' ') && char.IsUpper(name[0]) && name.Skip(1).All(c => char.IsLower(c) || c is '-' or '\'' or '’')
         && !_selfReferences.Contains(name))
        || HyphenatedAbbreviation().IsMatch(name);

    [GeneratedRegex(@"^\p{Lu}{2,}-\p{Lu}\p{Ll}{2,}$")]
    private static partial Regex HyphenatedAbbreviation();

    /// <summary>
    /// The state a DOCX's page header prints beside the name that the title gave ("RÉPUBLIQUE GABONAISE" over "MINISTÈRE
    /// DE L'ÉCONOMIE NUMÉRIQUE ET DE L'INNOVATION", the title "Contribution du Ministère de l'Économie numérique et de
    /// l'Innovation au rapport..."): a national body is never quoted without its country.
    /// </summary>
    private string? PlaceInPageHeader(SegmentedDocument document, string name)
    {
        if (document.PageHeader is not { Count: > 0 } header)
        {
            return null;
        }

        var lines = header.Select((text, i) => new Paragraph(i, text, ParagraphKind.Paragraph, null, null)).ToArray();
        var folded = TextNormaliser.Fold(name).Trim();
        return lines.FirstOrDefault(l => TextNormaliser.Fold(l.Text).Trim() == folded) is { } line ? PlaceOf(lines, line) : null;
    }

    /// <summary>
    /// The entity a page header names: the catalogue's, else a name the letterhead rules find in its lines, else the
    /// name of a line that reads as a title ("Ministry of Digital Affairs of Examplia — Contribution to the WSIS report",
    /// a running header that a one-page PDF marks as such and that was its first paragraph before).
    /// </summary>
    private ContributorMatch? FromPageHeader(IReadOnlyList<string> header)
    {
        var lines = header.Select((text, i) => new Paragraph(i, text, ParagraphKind.Paragraph, null, null)).ToArray();
        foreach (var line in lines.Where(l => !IsRecipient(l.Text) && l.Text.Length <= MaxNameLength))
        {
            if (catalog.Find(line.Text).FirstOrDefault(m => !NamesAnOffice(line.Text, m)) is { } known && known.Entity.Kind == "entity")
            {
                return new ContributorMatch(known.Entity.Id, "letterhead", Quote(line.Text));
            }
        }

        var heads = lines.Where(l => l.Text.Length <= MaxNameLength && !IsRecipient(l.Text)).ToArray();
        return heads.Select(l => _names.DefinedBy(l.Text.TrimEnd('.')) is { } defined ? FromLetterheadLine(defined.Name, heads, l) : null).FirstOrDefault(m => m is not null)
            ?? FromNameLine(heads)
            ?? heads.Select(l => FromTitle(l.Text)).FirstOrDefault(m => m is not null);
    }

    /// <summary>
    /// An organisation the catalogue does not know, named in the letterhead: a line of the first ones that is the name
    /// and its abbreviation ("Observatoire régional de la cybersécurité en Afrique de l'Ouest (ORCAO)"), or the start of
    /// a name the text then defines with its abbreviation ("Namibian Digital Regulatory Authority" on the cover, "...
    /// the Namibian Digital Regulatory Authority (NDRA)" below). The abbreviation's letters must be the name's initials,
    /// so a title, a date or a heading is never taken for a name.
    /// </summary>
    private ContributorMatch? FromLetterhead(Paragraph[] paragraphs)
    {
        var heads = paragraphs.Take(LetterheadParagraphs).Where(p => p.Text.Length <= MaxNameLength && !IsRecipient(p.Text)).ToArray();
        foreach (var line in heads)
        {
            if (_names.DefinedBy(line.Text.Trim().TrimEnd('.')) is { } defined)
            {
                return FromLetterheadLine(defined.Name, heads, line);
            }
        }

        var definitions = _names.Definitions(paragraphs.Take(IntroductionParagraphs * 2).Select(p => p.Text));
        foreach (var line in heads)
        {
            var head = TextNormaliser.Fold(line.Text).Trim();
            if (head.Split(' ').Length < 2)
            {
                continue;
            }

            if (definitions.FirstOrDefault(d => TextNormaliser.Fold(d.Name).Trim().StartsWith(head, StringComparison.Ordinal)) is { } definition)
            {
                return FromLetterheadLine(definition.Name, heads, line);
            }
        }

        if ((FromHeadNoun(paragraphs, heads) ?? FromPresentedHead(paragraphs, heads) ?? FromNameLine(heads)) is { } named)
        {
            return named;
        }

        // No letterhead: a contribution that opens on an organisation it names and defines ("The Nordic University
        // Network for Digital Development (NUNDD) brought together...") speaks of itself, as contributions do.
        foreach (var line in paragraphs.Take(LetterheadParagraphs))
        {
            var opening = TextNormaliser.Fold(line.Text.Length <= MaxNameLength ? line.Text : line.Text[..MaxNameLength]).Trim();
            if (definitions.FirstOrDefault(d => OpensWith(opening, TextNormaliser.Fold(d.Name).Trim())) is { } subject && Known(subject.Name) is null
                && HasOrganisationNoun(subject.Name))
            {
                return new ContributorMatch(subject.Name, "opening", Quote(line.Text));
            }
        }

        return null;
    }

    /// <summary>
    /// A letterhead's name without an abbreviation, which the text then calls by its noun: "Lakeside Digital Trust" on
    /// the first line, "the Trust connected 58 clinics" below; "Agence nationale de la sécurité numérique", then
    /// "l'Agence a publié". The noun must be one of the language's organisation nouns, capitalised after an article in
    /// the text, and the letterhead's part that holds it (a line, or its part between dashes or dots) must read as an
    /// organisation's name, with no figure and no word of a title.
    /// </summary>
    private ContributorMatch? FromHeadNoun(Paragraph[] paragraphs, Paragraph[] heads)
    {
        var nouns = paragraphs.Skip(1).SelectMany(p => _headNoun?.Matches(p.Text) ?? Enumerable.Empty<Match>())
            .Select(m => m.Groups["noun"].Value)
            .Where(n => _organisationWords.Contains(TextNormaliser.Fold(n).Trim()))
            .ToHashSet(StringComparer.Ordinal);
        if (nouns.Count == 0)
        {
            return null;
        }

        foreach (var line in heads)
        {
            foreach (var part in LetterheadParts().Split(line.Text).Select(p => p.Trim()))
            {
                var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (part.Length is > 0 and <= MaxNameLength && !part.Any(char.IsDigit) && !part.EndsWith('.') && (_titleWords?.IsMatch(part) != true)
                    && words.Any(w => nouns.Contains(w) || nouns.Contains(UpperFirst(w.ToLowerInvariant()))) && LooksLikeAnOrganisation(part))
                {
                    return FromLetterheadLine(part, heads, line);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A letterhead's name that the text then presents: "Fundación Conectar — Colombia" on the first line, "Fundación
    /// Conectar is a non-profit organisation..." below (each language's <c>documentProfile.presentation</c> after the
    /// name). The name need not hold a noun of the reader's languages.
    /// </summary>
    private ContributorMatch? FromPresentedHead(Paragraph[] paragraphs, Paragraph[] heads)
    {
        if (_presentation is null)
        {
            return null;
        }

        var openings = paragraphs.Take(IntroductionParagraphs * 2).Select(p => p.Text.TrimStart()).ToArray();
        foreach (var line in heads)
        {
            foreach (var part in NameParts(line.Text))
            {
                foreach (var opening in openings)
                {
                    var at = opening.IndexOf(part, StringComparison.Ordinal);
                    if (at >= 0 && OpensWith(opening[..(at + part.Length)], part) && opening.Length > at + part.Length
                        && _presentation.IsMatch(opening[(at + part.Length)..].TrimStart()))
                    {
                        return FromLetterheadLine(part, heads, line);
                    }

                    // "ISOC Bénin – Chapitre béninois de l'Internet Society" over "Le chapitre béninois de l'Internet
                    // Society (ISOC Bénin) est une association...": the letterhead's short name, presented in brackets.
                    var bracketed = opening.IndexOf($"({part})", StringComparison.Ordinal);
                    if (bracketed > 0 && bracketed <= MaxNameLength && !opening[..bracketed].Contains('.')
                        && _presentation.IsMatch(opening[(bracketed + part.Length + 2)..].TrimStart()))
                    {
                        return FromLetterheadLine(part, heads, line);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A letterhead line that is an organisation's name and nothing else: "Makerere University" above the college and
    /// the town, "MINISTÈRE DE LA TRANSITION NUMÉRIQUE" under the state and its motto. It must hold one of the
    /// languages' organisation nouns and read as a name (see <see cref="NameParts"/>), and be the first line or printed
    /// in capitals, so that a section heading among the opening lines is not taken for it.
    /// </summary>
    private ContributorMatch? FromNameLine(Paragraph[] heads)
    {
        foreach (var head in heads.Where((h, i) => i == 0 || InCapitals(h.Text)))
        {
            var line = head.Text.Trim();
            if (NameParts(line).Any(part => part == line) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Length > 3) <= NameLineWords
                && HasOrganisationNoun(line))
            {
                return FromLetterheadLine(line, heads, head);
            }
        }

        return null;
    }

    /// <summary>
    /// The catalogue's entity when it knows the name, else the name with the country its letterhead sets beside it,
    /// without the article a letterhead may print before it ("THE JUDICIARY OF KENYA": the report gives it its own).
    /// </summary>
    private ContributorMatch FromLetterheadLine(string name, Paragraph[] heads, Paragraph line) =>
        Known(name) is { } known
            ? new ContributorMatch(known, "letterhead", Quote(line.Text))
            : new ContributorMatch(WithoutArticle(name), "letterhead", Quote(line.Text), PlaceOf(heads, line));

    /// <summary>A name of three words at least after its article: "La Poste" keeps its own.</summary>
    private string WithoutArticle(string name)
    {
        var article = _articles.FirstOrDefault(a => name.StartsWith(a, StringComparison.OrdinalIgnoreCase)
            && (a.EndsWith('\'') || a.EndsWith('’') || (name.Length > a.Length && name[a.Length] == ' ')));
        var rest = article is null ? name : name[article.Length..].TrimStart();
        return article is not null && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 ? rest : name;
    }

    private readonly string[] _articles = languages.Languages.SelectMany(l => l.DocumentProfile?.Articles ?? []).Distinct().ToArray();

    /// <summary>
    /// The country a letterhead sets on a line near a national body's name ("REPUBLIC OF RWANDA" /
    /// "MINISTRY OF ICT AND INNOVATION", "MINISTÈRE DE LA TRANSITION DIGITALE..." / "BURKINA FASO"): without it, the
    /// report would quote a ministry of no country. The place line is a short name in capitals (at most four words, no
    /// figure), not an organisation's, and names a State: "COMMUNIQUÉ DE PRESSE" over an agency's name, or "HUMAN
    /// RIGHTS" / "SPECIAL PROCEDURES" under "UNITED NATIONS", are labels of the page.
    /// </summary>
    private string? PlaceOf(Paragraph[] heads, Paragraph line)
    {
        // The nearest line first: the state may stand two lines up, over its motto ("Union – Discipline – Travail").
        var at = Array.IndexOf(heads, line);
        foreach (var neighbour in new[] { at - 1, at + 1, at - 2, at + 2 }.Where(i => i >= 0 && i < heads.Length).Select(i => WithoutOrganisation(heads[i].Text.Trim())))
        {
            var words = neighbour.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is > 0 and <= PlaceWords && !neighbour.Any(char.IsDigit) && char.IsLetter(neighbour[^1]) && !HasOrganisationNoun(neighbour)
                && _titleWords?.IsMatch(neighbour) != true && InCapitals(neighbour) && !InEntityName(neighbour) && !AbbreviatesName(neighbour, line.Text)
                && !NamedBy(line.Text, neighbour) && StateNames.Default.Names(neighbour))
            {
                return neighbour;
            }
        }

        return null;
    }

    private const int PlaceWords = 4;

    /// <summary>
    /// "HAUT-COMMISSARIAT AU PLAN" over "Contribution du Haut-Commissariat au Plan...", "LIGUE DES ÉTATS ARABES" over
    /// "Contribution du Secrétariat général de la Ligue des États arabes...": a letterhead line the title's name holds is
    /// the name or the organisation it belongs to, not its country.
    /// </summary>
    private static bool NamedBy(string title, string line) =>
        $" {TextNormaliser.Fold(title).Trim()} ".Contains($" {TextNormaliser.Fold(line).Trim()} ", StringComparison.Ordinal);

    /// <summary>
    /// "NATIONS UNIES – MADAGASCAR" over a resident coordinator's office: the organisation the unit belongs to, set
    /// beside the country on one line, is left out, and the country stays. A part of one word is kept, so that a motto
    /// ("Union – Discipline – Travail") still reads as no place.
    /// </summary>
    private string WithoutOrganisation(string line)
    {
        var parts = LineDashes().Split(line);
        return parts.Length < 2 ? line : string.Join(" – ", parts.Where(p => p.Trim().Contains(' ') is false || !InEntityName(p.Trim())).Select(p => p.Trim()));
    }

    [GeneratedRegex(@"\s+[–—-]\s+")]
    private static partial Regex LineDashes();

    /// <summary>
    /// "UNRWA" over "United Nations Relief and Works Agency for Palestine Refugees in the Near East": a word whose
    /// letters are the name's capitals in order is the name's abbreviation, not the country it works in.
    /// </summary>
    private static bool AbbreviatesName(string word, string name)
    {
        if (word.Length < 2 || !word.All(char.IsUpper))
        {
            return false;
        }

        var capitals = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToArray();
        var at = 0;
        foreach (var capital in capitals)
        {
            if (at < word.Length && capital == word[at])
            {
                at++;
            }
        }

        return at == word.Length;
    }

    /// <summary>
    /// "NATIONS UNIES" over "Bureau de la coordination des affaires humanitaires": the organisation a unit belongs to,
    /// which the catalogue's names hold ("Programme des Nations Unies pour le développement"), is no State.
    /// </summary>
    private bool InEntityName(string line)
    {
        var folded = TextNormaliser.Fold(line);
        return catalog.Entities.Any(e => e.Names.Append(e.En).Append(e.Fr).Any(n => TextNormaliser.Fold(n).Contains(folded, StringComparison.Ordinal)));
    }

    /// <summary>A letterhead prints the state in capitals; a short line in mixed case beside a name is as often a motto.</summary>
    private static bool InCapitals(string line) => line.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>A name standing alone on a letterhead line has a few words besides "of", "de", "la"; a longer line is a title or a sentence.</summary>
    private const int NameLineWords = 8;

    /// <summary>
    /// The parts of a letterhead line (the line, or its parts between dashes or dots) that read as an organisation's
    /// name: no figure, no full stop at the end (but after a company's form, "Ltd.", "S.p.A."), no word of a title, capitalised as names are.
    /// </summary>
    private IEnumerable<string> NameParts(string line) =>
        LetterheadParts().Split(line).Select(p => p.Trim())
            .Where(part => part.Length is > 0 and <= MaxNameLength && !part.Any(char.IsDigit) && (!part.EndsWith('.') || EndsOnCompanyForm(part))
                && _titleWords?.IsMatch(part) != true
                && LooksLikeAnOrganisation(part));


    // A letterhead line's parts: "WSIS 2025 – Lakeside Digital Trust – Not for citation", "Trust · 14 Harbour Road".
    [GeneratedRegex(@"\s+[–—|·•-]\s+|\s*[|·•]\s*")]
    private static partial Regex LetterheadParts();
}
