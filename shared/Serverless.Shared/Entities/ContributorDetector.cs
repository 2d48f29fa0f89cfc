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

    /// <summary>A cover page, a date line and a title may stand before the sentence that presents the contribution.</summary>
    private const int IntroductionParagraphs = 6;

    /// <summary>A signature block: the role and the name, the person's name, a date, each on a short line of its own.</summary>
    private const int SignatureParagraphs = 3;
    private const int SignatureLength = 120;

    /// <summary>A name longer than this is a sentence the pattern ran into, not an entity's name.</summary>
    private const int MaxNameLength = 150;

    private readonly Regex? _contributorTitle = AnyLanguage(languages, p => p.Contributor);
    private readonly Regex? _selfIntroduction = AnyLanguage(languages, p => p.SelfIntroduction);
    private readonly Regex? _signature = AnyLanguage(languages, p => p.Signature);
    private readonly Regex? _byline = AnyLanguage(languages, p => p.Byline);
    private readonly Regex? _onBehalf = AnyLanguage(languages, p => p.OnBehalf);
    private readonly Regex? _recipient = AnyLanguage(languages, p => p.Recipient);
    private readonly Regex? _presentation = AnyLanguage(languages, p => p.Presentation);
    private readonly OrganisationNames _names = new(languages);

    /// <summary>"the Trust", "l'Agence", "la Communauté": an organisation's noun after an article (each language's <c>documentProfile.articles</c>), standing for its name.</summary>
    private readonly Regex? _headNoun = languages.Languages.SelectMany(l => l.DocumentProfile?.Articles ?? []).Distinct().ToArray() is { Length: > 0 } articles
        ? new Regex($@"(?<![\p{{L}}])(?i:{string.Join('|', articles.Select(a => Regex.Escape(a) + (a.EndsWith('\'') || a.EndsWith('’') ? "" : @"\s+")))})(?<noun>\p{{Lu}}\p{{Ll}}+)\b", RegexOptions.CultureInvariant)
        : null;
    private readonly Regex? _titleWords = languages.Languages.SelectMany(l => l.DocumentProfile?.TitleWords ?? []).Distinct().ToArray() is { Length: > 0 } words
        ? new Regex($@"(?<![\p{{L}}])(?:{string.Join('|', words.Select(Regex.Escape))})(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
        : null;
    private readonly HashSet<string> _organisationWords = languages.Languages
        .SelectMany(l => l.DocumentProfile?.OrganisationWords ?? []).Select(w => TextNormaliser.Fold(w).Trim()).ToHashSet(StringComparer.Ordinal);
    /// <summary>Folded with a space either side, so that a form written with full stops ("S.p.A.", " s p a ") ends a folded name as its words.</summary>
    private readonly string[] _companyForms = languages.Languages
        .SelectMany(l => l.DocumentProfile?.CompanyForms ?? []).Select(TextNormaliser.Fold).Where(f => f.Trim().Length > 0).Distinct().ToArray();
    private readonly HashSet<string> _selfReferences = languages.Languages
        .SelectMany(l => l.DocumentProfile?.SelfReferences ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public ContributorMatch? Detect(SegmentedDocument document, string fileName)
    {
        var paragraphs = LetterheadRuns.Apart(document.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToArray(), LetterheadParagraphs);
        var texts = paragraphs.Select(p => p.Text).ToArray();
        var language = document.Profile.Language;
        var found = Find(document, paragraphs, fileName);
        if (found is null || catalog.Get(found.Entity) is not null)
        {
            return found;
        }

        // "BEREC input to the WSIS annual report", "Subject: Contribution of CITEL to...": an abbreviation alone is given
        // the name the text writes it beside, "The Body of European Regulators for Electronic Communications (BEREC)".
        var entity = _names.Expand(found.Entity, texts.Take(IntroductionParagraphs * 4)) is { } expanded ? expanded.Name : found.Entity;

        // A name the catalogue does not know is printed as the document writes it in running text, never in capitals
        // (also when a letterhead in capitals gave an abbreviation its name, "AGENCE NATIONALE ... (ANSI)"), with the
        // abbreviation the text defines for it, by which its statements then name it ("l'AFNS a formé...").
        var name = _names.Recase(OrganisationNames.CapitalsHead(WithoutFormerName(entity)), texts.Skip(1), language);
        if (found.Source == "letterhead")
        {
            name = WithItsOrganisation(name, paragraphs.Take(LetterheadParagraphs).ToArray(), texts);
        }

        // "Commission nationale de l'informatique et des libertés (France)": a State in brackets is where the body works,
        // never its abbreviation, which the report reads in a name's last brackets.
        string? bracketedState = null;
        if (LastBrackets().Match(name) is { Success: true } brackets && StateNames.Default.In(brackets.Groups["inside"].Value, language) is not null)
        {
            bracketedState = brackets.Groups["inside"].Value;
            name = name[..brackets.Index].TrimEnd();
        }

        // "Agence nationale des systèmes d'information de l'État (ANSIE), République de Djibouti": a State after the
        // last comma of a name (one with an organisation's noun, or its abbreviation in brackets, whatever its language:
        // "Ministerio de ... (MITIC), Republic of Paraguay") is where the body works, written after a dash as a letterhead's State is (a comma would read
        // as a list of two contributors).
        if (StateAfterComma().Match(name) is { Success: true } after && (HasOrganisationNoun(name[..after.Index]) || name[..after.Index].TrimEnd().EndsWith(')'))
            && StateNames.Default.Names(after.Groups["state"].Value.Trim()))
        {
            bracketedState = after.Groups["state"].Value.Trim();
            name = name[..after.Index].TrimEnd();
        }

        if (StateNames.Default.In(name, language) is not null)
        {
            // A State is named as it is ("Côte d'Ivoire"), never with the abbreviation of a body whose name ends with it
            // ("Autorité de régulation ... de Côte d'Ivoire (ARTCI)").
            return found with { Entity = name, Place = null };
        }

        if (!name.EndsWith(')') && _names.Definitions(texts.Take(IntroductionParagraphs * 2))
                .FirstOrDefault(d => TextNormaliser.Fold(d.Name).StartsWith(TextNormaliser.Fold(name + " ("), StringComparison.Ordinal)) is { } defined)
        {
            name = defined.Name;
        }
        else if (!name.EndsWith(')') && OrganisationNames.WrittenWithAbbreviation(name, texts.Take(IntroductionParagraphs * 2)) is { } written)
        {
            // "Bureau de la coordination des affaires humanitaires (OCHA)": an abbreviation of the name in another
            // language, whose letters are not its initials, is still the one the text gives it right after the name.
            name = written;
        }

        if (KnownByAbbreviation(name) is { } known)
        {
            return found with { Entity = known, Place = null };
        }

        // "Rwanda Information Society Authority (RISA)" under "REPUBLIC OF RWANDA": a name that says its State already
        // is not given it twice.
        if ((found.Place ?? bracketedState ?? PlaceInPageHeader(document, found.Entity) ?? StateInSignature(paragraphs, name) ?? StateOnFirstLine(paragraphs, name)) is { } place
            && !HoldsState(name, place))
        {
            // After a dash, not in brackets (the report reads a name's last brackets as its abbreviation) nor after a comma
            // (a list of contributors would read two): "Ministry of ICT and Innovation – Republic of Rwanda".
            name = $"{name} – {_names.RecasePlace(place, language)}";
        }

        return found with { Entity = name, Place = null };
    }

    /// <summary>
    /// A unit whose letterhead prints the organisation it belongs to on another line ("Department of Information
    /// Systems" over "University of Cape Town", "Centre for Internet Studies" over "Makerere University") is named with
    /// it, as its text writes the two together ("The Department of Information Systems at the University of Cape Town
    /// carries out..."): a link of one or two words in small letters between them, and the other line a name alone.
    /// </summary>
    private string WithItsOrganisation(string name, Paragraph[] heads, string[] texts)
    {
        foreach (var head in heads.Select(h => h.Text.Trim()).Where(h => h != name && !h.Contains(name, StringComparison.Ordinal) && HasOrganisationNoun(h)))
        {
            if (!NameParts(head).Any(part => part == head))
            {
                continue;
            }

            var together = new Regex($@"(?<![\p{{L}}]){Regex.Escape(name)}\s+(?:\p{{Ll}}+['’]?\s*){{1,2}}{Regex.Escape(head)}(?![\p{{L}}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (texts.Select(t => together.Match(t)).FirstOrDefault(m => m.Success) is { } written)
            {
                return written.Value;
            }
        }

        return name;
    }

    /// <summary>
    /// "Agence tunisienne du numérique (ATN) (anciennement Centre national de l'informatique, CNI)": a bracket giving
    /// the contributor's earlier name (each language's <c>documentProfile.formerNames</c>) is no part of its name.
    /// </summary>
    private string WithoutFormerName(string name) =>
        _formerName?.Replace(name, "").Trim() ?? name;

    private readonly Regex? _formerName = languages.Languages.SelectMany(l => l.DocumentProfile?.FormerNames ?? []).Distinct().ToArray() is { Length: > 0 } words
        ? new Regex($@"\s*\(\s*(?:{string.Join('|', words.Select(Regex.Escape))})\b[^()]*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
        : null;

    /// <summary>
    /// "UN Environment Programme (UNEP)": a name under an abbreviation of the catalogue whose words are all in that
    /// entity's name ("United Nations Environment Programme") is the entity, written another way.
    /// </summary>
    private string? KnownByAbbreviation(string name)
    {
        if (LastBrackets().Match(name) is not { Success: true } brackets)
        {
            return null;
        }

        var abbreviation = brackets.Groups["inside"].Value;
        var words = ContentWords(name[..brackets.Index]);
        return words.Count == 0 ? null : catalog.Entities.FirstOrDefault(e => e.Kind == "entity"
            && (e.Id == abbreviation || e.Abbreviations.Contains(abbreviation, StringComparer.Ordinal))
            && words.IsSubsetOf(ContentWords(e.En).Concat(ContentWords(e.Fr))))?.Id;
    }

    /// <summary>The words of a name that say what it is: folded, of four letters or more ("environment", "programme").</summary>
    private static HashSet<string> ContentWords(string? name) =>
        TextNormaliser.Fold(name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\s*\((?<inside>[^()]{2,60})\)\s*$")]
    private static partial Regex LastBrackets();

    [GeneratedRegex(@",\s*(?<state>[^,()]{3,60})$")]
    private static partial Regex StateAfterComma();

    /// <summary>
    /// The State a national body's signature names ("Sultanate of Oman" under "Telecommunications Regulatory Authority"),
    /// for a body whose name holds an organisation's noun and not the State already.
    /// </summary>
    private string? StateInSignature(Paragraph[] paragraphs, string name) =>
        HasOrganisationNoun(name) && _signedStates.In(paragraphs) is { } state
        && !TextNormaliser.Fold(name).Contains(TextNormaliser.Fold(state).Trim(), StringComparison.Ordinal)
        && !$" {TextNormaliser.Fold(name).Trim()} ".Contains($" {TextNormaliser.Fold(StateNames.Default.ShortName(state)).Trim()} ", StringComparison.Ordinal)
            ? state
            : null;

    private readonly SignedStates _signedStates = new(languages);

    /// <summary>
    /// "RÉPUBLIQUE DE MADAGASCAR", "THE REPUBLIC OF UGANDA" alone on a document's first line, in capitals, over a body
    /// that a byline, a title or a subject names further down ("Entité : Autorité de régulation..."): the State a national
    /// body's letterhead opens on is its country, as its signature's would be.
    /// </summary>
    private string? StateOnFirstLine(Paragraph[] paragraphs, string name)
    {
        var first = paragraphs.FirstOrDefault()?.Text.Trim() ?? "";
        // "THE REPUBLIC OF UGANDA": the State is named without the article a letterhead may print before it.
        if (_stateArticles.FirstOrDefault(a => first.StartsWith(a + " ", StringComparison.OrdinalIgnoreCase)) is { } article)
        {
            first = first[(article.Length + 1)..].TrimStart();
        }

        return first.Length > 0 && HasOrganisationNoun(name) && first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= StateLineWords && first.Where(char.IsLetter).All(char.IsUpper)
            && !TextNormaliser.Fold(name).Contains(TextNormaliser.Fold(first).Trim(), StringComparison.Ordinal) && StateNames.Default.Names(first)
                ? first
                : null;
    }

    /// <summary>Each language's <c>documentProfile.articles</c> that stand alone before a word ("the", "le", "la").</summary>
    private readonly string[] _stateArticles = languages.Languages.SelectMany(l => l.DocumentProfile?.Articles ?? [])
        .Where(a => a.Length > 0 && char.IsLetter(a[^1])).Distinct().ToArray();

    /// <summary>"RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "THE REPUBLIC OF UGANDA": a State's formal name has a few words.</summary>
    private const int StateLineWords = 6;

    /// <summary>Whether a name holds a State's short name as words of its own ("Rwanda" in "Rwanda Information Society Authority").</summary>
    private static bool HoldsState(string name, string state) =>
        $" {TextNormaliser.Fold(name).Trim()} ".Contains($" {TextNormaliser.Fold(StateNames.Default.ShortName(state)).Trim()} ", StringComparison.Ordinal)
        || (StateNames.Default.English(state) is { } english && StateNames.Default.AdjectiveIn(name) == english);

    private ContributorMatch? Find(SegmentedDocument document, Paragraph[] paragraphs, string fileName)
    {
        var title = paragraphs.FirstOrDefault()?.Text;

        // An opening sentence that presents the contribution may read like a title ("X is pleased to submit its
        // contribution to the report..."): its subject is the contributor, not the words up to "contribution".
        if (title is not null && FromSelfIntroduction(title, paragraphs) is { } introducedFirst)
        {
            return introducedFirst;
        }

        // An e-mail's subject line opening the text ("Objet : Contribution du Vanuatu au rapport SMSI 2025") names the
        // contributor more loosely than the sentence below it that presents the contribution ("Veuillez trouver
        // ci-dessous la contribution du Bureau du Régulateur ... de la République de Vanuatu"): it is read after that one.
        var fromTitle = title is null ? null : FromTitle(title);
        var subjectLine = fromTitle is not null && title!.IndexOf(':') is > 0 and <= SubjectLabelLength and var colon
            && !title[..colon].Contains(fromTitle.Entity, StringComparison.OrdinalIgnoreCase); // "ONU-Climat : contribution au..." is a title
        if (fromTitle is not null && !subjectLine)
        {
            return fromTitle;
        }

        if (catalog.Normalise(document.Profile.IssuingBody) is { } body)
        {
            return new ContributorMatch(body, "issuing body", document.Profile.Evidence.GetValueOrDefault("issuingBody") ?? document.Profile.IssuingBody!);
        }

        if (FromFileName(fileName) is { } fromName)
        {
            return OfficeOnFirstLines(paragraphs, fromName) ?? new ContributorMatch(fromName, "file name", fileName);
        }

        foreach (var line in paragraphs.Take(IntroductionParagraphs))
        {
            if (FromSelfIntroduction(line.Text, paragraphs) is { } introduced)
            {
                return introduced;
            }
        }

        if (fromTitle is not null)
        {
            return fromTitle with { Source = "subject" };
        }

        // A byline naming its writer ("Préparée par Mme Aminata Diallo, Directrice générale, Observatoire...") says who
        // wrote the text, not whose contribution it is: a title below the letterhead that names the contributor ("Note de
        // contribution de la Guinée...") is read first.
        var byline = FromByline(paragraphs);
        if (byline is { Source: "byline" })
        {
            return byline;
        }

        // A letter's subject line below its letterhead says whose contribution it is, as a title does ("Subject:
        // Contribution of CITEL to the 2025 report", "Objet : contribution de l'Agence ... au rapport annuel").
        // An e-mail's header run into one paragraph ("De : ... À : ... Objet : Contribution du ...") is read field by field.
        foreach (var line in paragraphs.Take(IntroductionParagraphs * 2 + 1)
            .SelectMany(p => OpensOnField().IsMatch(p.Text) ? FieldLabel().Split(p.Text.Trim()) : [p.Text])
            .Where(t => t.IndexOf(':') is > 0 and <= SubjectLabelLength))
        {
            if (FromTitle(line) is { } subject)
            {
                return subject with { Source = "subject" };
            }
        }

        if (FromTitleBelowLetterhead(paragraphs) is { } titled)
        {
            return titled;
        }

        if (byline is not null)
        {
            return byline;
        }

        if (FromSender(paragraphs) is { } sender)
        {
            return sender;
        }

        // "Submitted to the CSTD secretariat": the entity a recipient line names receives the document. A sentence
        // ("Partners: the Pacific Islands Forum Secretariat, ... and the Internet Society.") names others; a letterhead
        // ends on no full stop.
        foreach (var (line, index) in paragraphs.Take(LetterheadParagraphs).Select((p, i) => (p, i)).Where(x => !IsRecipient(x.p.Text) && !x.p.Text.TrimEnd().EndsWith('.')))
        {
            if (catalog.Find(line.Text).FirstOrDefault(m => !NamesAnOffice(line.Text, m)) is { } letterhead && line.Text.Length <= 300)
            {
                // A letter's addressee block ("Secrétariat de la CSTD, Palais des Nations, Genève") stands below the sender's
                // letterhead: below a first paragraph that names an organisation of its own, a known name is the receiver's.
                return (index > 0 ? SenderAbove(paragraphs, index) : null) ?? new ContributorMatch(letterhead.Entity.Id, "letterhead", Quote(line.Text));
            }
        }

        if (FromLetterhead(paragraphs) is { } named)
        {
            return named;
        }

        // A DOCX's letterhead set in its page header, on no page of the body: read as the lines of a letterhead.
        if (document.PageHeader is { Count: > 0 } header && FromPageHeader(header) is { } inHeader)
        {
            return inHeader;
        }

        // "Confidential – prepared for the CSTD secretariat", a footer left as the last line, names the receiver.
        if (paragraphs.LastOrDefault() is { } last && last.Text.Length <= SignatureLength && !IsRecipient(last.Text)
            && catalog.Find(last.Text).FirstOrDefault(m => !NamesAnOffice(last.Text, m)) is { } signature)
        {
            return new ContributorMatch(signature.Entity.Id, "signature", Quote(last.Text));
        }

        var footer = paragraphs.TakeLast(FooterParagraphs).Select(p => p.Text).Concat(document.PageFooter ?? []).ToArray();
        return FromSignature(paragraphs) ?? FromAboutSection(paragraphs) ?? FromCopyright(footer) ?? FromSiteFooter(footer);
    }

    /// <summary>
    /// The organisation a letterhead names above the paragraph at <paramref name="index"/>, by the letterhead rules, when
    /// its name stands in a paragraph before that one; else null.
    /// </summary>
    private ContributorMatch? SenderAbove(Paragraph[] paragraphs, int index) =>
        FromLetterhead(paragraphs) is { } sender && paragraphs.Take(index)
            .Any(p => TextNormaliser.Fold(p.Text).Contains(TextNormaliser.Fold(sender.Entity).Trim(), StringComparison.Ordinal))
            ? sender
            : null;

    /// <summary>
    /// The organisation a byline under the title names ("Submitted by the Indian Ocean Commission": each language's
    /// <c>documentProfile.byline</c>): the catalogue's entity when it knows the name, else the name as written.
    /// </summary>
    private ContributorMatch? FromByline(Paragraph[] paragraphs)
    {
        if (_byline is null)
        {
            return null;
        }

        // A questionnaire's fields written one under the other may reach the reader as one paragraph ("Responding
        // entity: Ministry of ... Department: ... Contact person: ..."): each field is read on its own.
        // A questionnaire's question standing on its own line ("Q1. Name of your organization") has its answer in the
        // paragraph below: the two are read as one field.
        var answered = paragraphs.Take(IntroductionParagraphs * 2).Zip(paragraphs.Skip(1))
            .Where(pair => pair.First.Text.Trim().TrimEnd('*', '?', ':', ' ') is var question && question.Length <= QuestionLength && !question.Contains(':'))
            .Select(pair => (Line: pair.Second, Text: $"{pair.First.Text.Trim().TrimEnd('*', '?', ':', ' ').TrimStart('*')}: {pair.Second.Text.Trim()}"));
        var fields = paragraphs.Take(IntroductionParagraphs)
            .SelectMany(p => FieldLabel().Split(p.Text.Trim()).Select(field => (Line: p, Text: field.Trim())))
            .Concat(answered)
            .Where(f => f.Text.Length <= MaxNameLength + 30);
        foreach (var (line, text) in fields)
        {
            if (_byline.Match(text) is not { Success: true } match)
            {
                continue;
            }

            var name = match.Groups["entity"].Value.Trim().TrimEnd(',');
            var source = "byline";
            if (SignersPost(name) is { } post)
            {
                return new ContributorMatch(post, source, Quote(line.Text));
            }

            if (BodyInLetterhead(name, paragraphs) is { } body)
            {
                return new ContributorMatch(body, "letterhead", Quote(body));
            }

            if (WritersOrganisation(name) is { } organisation)
            {
                name = organisation;
                source = "author";
            }
            else if (ClauseAfterComma().Match(name) is { Success: true } clause)
            {
                // "Submitted by the JTC 1 Secretariat, hosted by ANSI, on behalf of the committee": a clause in small
                // letters is no part of the name, and a writer submitting for another names the writer, not whose
                // contribution it is (the title says that).
                source = _onBehalf?.IsMatch(name[clause.Index..]) == true ? "author" : source;
                name = name[..clause.Index];
            }

            if (Known(name) is { } known)
            {
                return new ContributorMatch(known, source, Quote(line.Text));
            }

            if (char.IsUpper(name[0]) && LooksLikeAnOrganisation(name))
            {
                return new ContributorMatch(name, source, Quote(line.Text));
            }
        }

        return null;
    }

    /// <summary>
    /// "Dr. Samuel Otieno, Director, Kenya ICT Research Centre", "Mme Aminata Diallo, Directrice générale, Observatoire
    /// national du numérique": a byline that opens on a person and their post names the organisation after them, the
    /// first of its parts with an organisation's noun; null when the byline opens on an organisation ("Ministry of ICT,
    /// Kenya").
    /// </summary>
    private string? WritersOrganisation(string byline)
    {
        var parts = byline.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || HasOrganisationNoun(parts[0]) || Known(parts[0]) is not null)
        {
            return null;
        }

        var first = Array.FindIndex(parts, 1, HasOrganisationNoun);
        return first < 0 ? null : string.Join(", ", parts[first..]);
    }

    /// <summary>
    /// "Ms. Amina Ndiaye-Reyes, Special Envoy of the Commonwealth Secretary-General for Digital Inclusion": a byline that
    /// opens on a person (a courtesy title, each language's <c>documentProfile.honorifics</c>) and names no organisation
    /// after the post names the post, whose holder writes in its name; null when an organisation follows the post
    /// (<see cref="WritersOrganisation"/>) or the byline opens on no person.
    /// </summary>
    private string? SignersPost(string byline)
    {
        var parts = byline.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && _honorifics.Any(h => parts[0].StartsWith(h + " ", StringComparison.Ordinal) || parts[0].StartsWith(h + ". ", StringComparison.Ordinal))
            && !parts.Skip(1).Any(HasOrganisationNoun) && char.IsUpper(parts[1][0])
            ? string.Join(", ", parts[1..])
            : null;
    }

    /// <summary>Each language's <c>bodies.ownerLinks</c> between words, folded ("of the", "de la"), longest first.</summary>
    private readonly Regex? _ownerLink = languages.Languages.SelectMany(l => l.Bodies.OwnerLinks ?? []).Select(TextNormaliser.Fold)
        .Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().OrderByDescending(l => l.Length).ToArray() is { Length: > 0 } links
        ? new Regex($@"(?<= ){string.Join('|', links.Select(Regex.Escape))} ", RegexOptions.CultureInvariant)
        : null;

    private readonly string[] _honorifics = languages.Languages.SelectMany(l => l.DocumentProfile?.Honorifics ?? []).Distinct().ToArray();

    /// <summary>
    /// "Submitted by the Office of the Clerk of the National Assembly" under "NATIONAL ASSEMBLY OF ZAMBIA": an office of a
    /// body whose full name the letterhead prints writes for that body, which is the contributor (the letterhead's line,
    /// that the text then writes in its own case); null when no letterhead line opens on what follows one of the name's
    /// "of".
    /// </summary>
    private string? BodyInLetterhead(string name, Paragraph[] paragraphs)
    {
        var folded = TextNormaliser.Fold(name).Trim();
        var heads = paragraphs.Take(LetterheadParagraphs).Select(p => p.Text.Trim())
            .Where(h => h.Length <= MaxNameLength && !h.EndsWith('.') && HasOrganisationNoun(h)).ToArray();
        foreach (Match link in _ownerLink?.Matches(folded) ?? Enumerable.Empty<Match>())
        {
            var body = folded[(link.Index + link.Length)..].Trim();
            if (body.Split(' ').Length >= 2
                && heads.FirstOrDefault(h => TextNormaliser.Fold(h).Trim() is var head && head.Length > body.Length && head.StartsWith(body + " ", StringComparison.Ordinal)) is { } letterhead)
            {
                return letterhead;
            }
        }

        return null;
    }

    /// <summary>Where a field's label opens inside a run of fields: a capitalised word or two, then a colon ("Department:", "Contact person:", "Date :").</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N})])\s+(?=\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?\s?:\s)")]
    private static partial Regex FieldLabel();

    /// <summary>A paragraph that opens on a field's label ("De :", "From:"), as an e-mail's header does.</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?\s?:\s")]
    private static partial Regex OpensOnField();

    [GeneratedRegex(@",\s+(?=\p{Ll})")]
    private static partial Regex ClauseAfterComma();

    /// <summary>A questionnaire's question asking for the organisation's name is short ("Q1. Name of your organization").</summary>
    private const int QuestionLength = 80;

    /// <summary>"Subject:", "Objet :", "RE:": the label of a letter's subject line is a word or two.</summary>
    private const int SubjectLabelLength = 20;

    private bool IsRecipient(string text) => _recipient?.IsMatch(text.Trim()) == true;

    /// <summary>A title's line: short, and not a sentence ended by a full stop.</summary>
    private static bool IsTitleLine(string text) => text.Length <= TitleLength && !text.TrimEnd().EndsWith('.');

    private const int TitleLength = 200;

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial Regex Year();

    private static string UpperFirst(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>Whether a folded sentence opens on the folded name, after at most one article ("the", "l", "le"...).</summary>
    private static bool OpensWith(string opening, string name)
    {
        var at = opening.IndexOf(name, StringComparison.Ordinal);
        return at == 0 || (at > 0 && at <= 4 && !opening[..at].Trim().Contains(' '));
    }

    /// <summary>
    /// An organisation named in the signature block after the signer's role ("Chair, Asia-Pacific Network of Women in
    /// Technology", "Le Secrétaire exécutif du RAEIT": each language's <c>documentProfile.signature</c>); an
    /// abbreviation is given the name the text defines for it.
    /// </summary>
    private ContributorMatch? FromSignature(Paragraph[] paragraphs)
    {
        if (_signature is null)
        {
            return null;
        }

        // A role and its organisation may stand on lines of their own ("Director-General" / "Lakeside Digital Trust"):
        // each last line is read alone, then after the line above it.
        var last = paragraphs.TakeLast(SignatureParagraphs + 1).Select(p => p.Text.Trim()).ToArray();
        var lines = last.Skip(1).Reverse()
            .Concat(last.Zip(last.Skip(1), (above, line) => above + " " + line).Reverse())
            .Where(l => l.Length <= SignatureLength);
        foreach (var line in lines)
        {
            if (_signature.Match(line) is not { Success: true } match)
            {
                continue;
            }

            var name = match.Groups["entity"].Value.Trim().TrimEnd(',', '.');
            if (Known(name) is { } known)
            {
                return new ContributorMatch(known, "signature", Quote(line));
            }

            // After a role may come the signer's name ("Le Directeur général Ibrahim Moussa"): only a name with an
            // organisation's noun, or an abbreviation the text defines, is taken for the organisation.
            var defined = _names.Definitions(paragraphs.Select(p => p.Text).Where(t => t.Contains($"({name})", StringComparison.Ordinal)))
                .FirstOrDefault(d => d.Abbreviation == name);
            if (defined is not null || (LooksLikeAnOrganisation(name) && HasOrganisationNoun(name)))
            {
                return new ContributorMatch(defined?.Name ?? name, "signature", Quote(line));
            }
        }

        return null;
    }

    /// <summary>Whether a name holds an organisation's noun ("Agency", "Réseau") or ends on a company's form ("Ltd").</summary>
    private bool HasOrganisationNoun(string name) =>
        TextNormaliser.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(_organisationWords.Contains) || EndsOnCompanyForm(name);

    /// <summary>
    /// "KESTREL NETWORKS LTD.", "Nordlicht Netze GmbH", "Sistemi Satellitari Adriatici S.p.A.": a name of more words than
    /// its company's form (each language's <c>documentProfile.companyForms</c>) ends on it.
    /// </summary>
    private bool EndsOnCompanyForm(string name)
    {
        var folded = TextNormaliser.Fold(name);
        return _companyForms.Any(form => folded.Length > form.Length && folded.EndsWith(form, StringComparison.Ordinal));
    }

    private string? Known(string name) => catalog.Find(name).FirstOrDefault(m => m.Entity.Kind == "entity" && !NamesAnOffice(name, m)) is { } mention
        && TextNormaliser.Fold(mention.Text).Trim().Length >= TextNormaliser.Fold(name).Trim().Length / 2 ? mention.Entity.Id : null;

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

        // A full stop inside the title ends an abbreviation ("Meridian Cloud Systems Ltd. to the 2025 report"); at its end, the title.
        var group = match.Groups["entity"];
        var name = group.Value.Trim().TrimEnd(',', ';', ':', '–', '—', '-', ' ');
        if (group.Index + group.Length >= title.Trim().Length)
        {
            name = name.TrimEnd('.');
        }

        // A joint title names its partners together ("Joint submission by the Association for Progressive Communications
        // (APC), Derechos Digitales and ..."): one of them the catalogue knows is not the contributor alone.
        var joint = match.Groups["joint"].Success || OrganisationNames.AbbreviationCount(name) >= 2;
        if (catalog.Find(name).FirstOrDefault(m => (!joint || TextNormaliser.Fold(m.Text).Trim().Length * 2 >= TextNormaliser.Fold(name).Trim().Length) && !NamesAnOfficeAway(name, m)) is { } known)
        {
            return new ContributorMatch(known.Entity.Id, "title", Quote(title));
        }

        // "Rapport d'activités 2025 – Contribution au rapport annuel...": what stands before the dash is the document's
        // own title, not a name; an organisation's name holds neither a year nor a title's word.
        if (Year().IsMatch(name) || _titleWords?.IsMatch(name) == true)
        {
            return null;
        }

        // "Contribution du groupe Orange au rapport...": a name that opens on an organisation's noun in lower case.
        if (name.Length > 1 && char.IsLower(name[0]) && name.Any(char.IsUpper) && HasOrganisationNoun(name.Split(' ')[0]))
        {
            name = UpperFirst(name);
        }

        return name.Length is > 1 and <= MaxNameLength && (char.IsUpper(name[0]) || char.IsDigit(name[0]))
            ? new ContributorMatch(JointName(name, joint), "title", Quote(title))
            : null;
    }

    /// <summary>
    /// A joint title's organisations after the first, each with the article it takes alone rather than the title's link
    /// ("Internet Sans Frontières (ISF), de l'Association ... (AFJN) et du Réseau ... (RRCS)" names "..., l'Association
    /// ... et le Réseau ..."): each language's <c>documentProfile.jointNameArticles</c>, after a comma or a conjunction.
    /// </summary>
    private string JointName(string name, bool joint)
    {
        if (!joint)
        {
            return name;
        }

        foreach (var (link, article) in _jointNameArticles)
        {
            foreach (var coordinator in _coordinators)
            {
                name = name.Replace(coordinator + link, coordinator + article, StringComparison.Ordinal);
            }
        }

        return name;
    }

    /// <summary>Longest links first, so that "de l'" is read before "de ".</summary>
    private readonly (string Link, string Article)[] _jointNameArticles = languages.Languages
        .SelectMany(l => l.DocumentProfile?.JointNameArticles ?? new Dictionary<string, string>())
        .OrderByDescending(p => p.Key.Length).Select(p => (p.Key, p.Value)).ToArray();

    private readonly string[] _coordinators = languages.Languages.SelectMany(l => l.Requests.Conjunctions)
        .Select(c => $" {c} ").Append(", ").Distinct().ToArray();

    /// <summary>
    /// The contributor an opening sentence presents. A sentence's subject is riskier than a title's name ("We are
    /// pleased to share", "The Secretariat is pleased to submit", "Our network is pleased..."), so the name must read as an
    /// organisation's: not opening with a word by which writers speak of themselves, and two capitalised words, an
    /// abbreviation in capitals, or three words at least (French capitalises only the first: "Observatoire sénégalais
    /// des usages numériques").
    /// </summary>
    private ContributorMatch? FromSelfIntroduction(string text, Paragraph[] paragraphs)
    {
        if (_selfIntroduction?.Match(text.Trim()) is not { Success: true } match)
        {
            return null;
        }

        if (match.Groups["state"] is { Success: true } state)
        {
            // A note verbale's mission writes its State's formal name ("la République de Côte d'Ivoire"); the report
            // names a State by its short name, which the formal one ends with. A statement's title in capitals
            // ("STATEMENT BY THE DELEGATION OF THE REPUBLIC OF MALAWI") names it as the States' list writes it.
            var shortName = StateNames.Default.ShortName(state.Value.Trim());
            if (!shortName.Any(char.IsLower) && StateNames.Default.In(shortName, "en") is { } written)
            {
                shortName = written;
            }

            return new ContributorMatch(shortName, "introduction", Quote(text));
        }

        var name = match.Groups["entity"].Value.Trim().TrimEnd(',');
        if (_names.Definitions(paragraphs.Take(IntroductionParagraphs * 2).Select(p => p.Text)).FirstOrDefault(d => d.Abbreviation == name) is { } defined)
        {
            name = defined.Name; // "L'AFNS a le plaisir de..." after the name was defined
        }

        if (catalog.Find(name).FirstOrDefault(m => !NamesAnOffice(name, m)) is { } known)
        {
            return new ContributorMatch(known.Entity.Id, "introduction", Quote(text));
        }

        return LooksLikeAnOrganisation(name) ? new ContributorMatch(name, "introduction", Quote(text)) : null;
    }

    private bool LooksLikeAnOrganisation(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('(', ')', ',')).Where(w => w.Length > 0).ToArray();
        return name.Length <= MaxNameLength && words.Length > 0 && (char.IsUpper(name[0]) || IsCoinedName(words[0])) && !_selfReferences.Contains(words[0])
            && (words.Count(w => char.IsUpper(w[0])) >= 2 || words.Any(w => w.Length >= 2 && w.All(char.IsUpper)) || words.Length >= 3
                || (words.Length == 1 && IsCoinedName(words[0])));
    }

    /// <summary>
    /// A name coined with a small first letter and a capital inside ("iHub", "e-Estonia"): a proper name all the same,
    /// which no sentence's word is.
    /// </summary>
    private static bool IsCoinedName(string word) => word.Length > 2 && char.IsLower(word[0]) && word.Skip(1).Any(char.IsUpper);

    private static Regex? AnyLanguage(LanguageCatalog languages, Func<LanguageDocumentProfile, string?> phrasing)
    {
        var patterns = languages.Languages.Select(l => l.DocumentProfile is { } profile ? phrasing(profile) : null).OfType<string>().ToList();
        return patterns.Count == 0
            ? null
            : new Regex(string.Join('|', patterns.Select(p => $"(?:{p})")), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>
    /// An entity's abbreviation or id as a whole word of the file name: <c>itu-contribution-2025.pdf</c>; never one a
    /// State's name follows (<c>undp-bangladesh.txt</c>, <c>isoc-benin.md</c>), which names the entity's office or
    /// chapter in that State, for the text to name.
    /// </summary>
    private string? FromFileName(string fileName)
    {
        var words = FileWords().Split(Path.GetFileNameWithoutExtension(fileName)).Where(w => w.Length > 1).ToArray();
        return words.Select((w, i) => StateNames.Default.OpensWithState(string.Join(' ', words.Skip(i + 1))) ? null : catalog.Entities.FirstOrDefault(e =>
                e.Id.Equals(w, StringComparison.OrdinalIgnoreCase) || e.Abbreviations.Any(a => a.Equals(w, StringComparison.OrdinalIgnoreCase)))?.Id)
            .FirstOrDefault(id => id is not null);
    }

    /// <summary>
    /// Whether the entity <paramref name="mention"/> names is followed in <paramref name="text"/> by a State's name:
    /// "UNDP Bangladesh", "ISOC Bénin", "UNICEF Niger" name the entity's country office or chapter, a contributor of its
    /// own, named as written and placed in that State's region.
    /// </summary>
    private static bool NamesAnOffice(string text, EntityMention mention)
    {
        var folded = TextNormaliser.Fold(text);
        foreach (var name in mention.Entity.Abbreviations.Concat(mention.Entity.Names).Append(mention.Entity.Id).Select(TextNormaliser.Fold))
        {
            for (var at = folded.IndexOf(name, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (StateNames.Default.OpensWithState(folded[(at + name.Length - 1)..]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Quote(string text) => text.Length <= 160 ? text : text[..159] + "…";

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex FileWords();
}

/// <param name="Source">What decided: <c>title</c>, <c>issuing body</c>, <c>file name</c>, <c>introduction</c>, <c>byline</c>, <c>author</c> (a byline's writer's organisation), <c>subject</c>, <c>letterhead</c>, <c>opening</c> or <c>signature</c>.</param>
/// <param name="Evidence">The words that decided it.</param>
/// <param name="Place">The country a letterhead sets beside a name the catalogue does not know, added to it once recased.</param>
public sealed record ContributorMatch(string Entity, string Source, string Evidence, string? Place = null);
