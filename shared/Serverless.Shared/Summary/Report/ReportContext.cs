using Serverless.Shared.Entities;

namespace Serverless.Shared.Summary.Report;

/// <summary>
/// What every part of one draft needs: the summary, the language and its wording, and how the report names entities,
/// attributes statements and cites sources. A citation names the document's symbol and paragraph, or the entity, the
/// document's title and the paragraph; never a file name or a content hash.
/// </summary>
internal sealed class ReportContext(YearSummary summary, string language, ReportText text, EntityCatalog entities)
{
    public YearSummary Summary { get; } = summary;

    public string Language { get; } = language;

    public ReportText Text { get; } = text;

    private readonly Translations _translations = new(summary, language);

    /// <summary>
    /// The statements the draft quotes of one entity's contribution, as sentences: a translation of one it quotes in its
    /// own language is left out (<see cref="Translations"/>); the entity's next statement "adds".
    /// </summary>
    public ReportSentence[] Sentences(IEnumerable<Statement> statements, string? entityId) =>
        statements.Where(s => !IsTranslation(s)).Select((s, i) => Sentence(s, entityId, again: i > 0)).ToArray();

    public bool IsTranslation(Statement statement) => _translations.IsTranslation(statement);

    public string Format(string pattern, params object?[] values) => string.Format(Report.Plural.Culture(Language), pattern, values);

    public string Count(int count, (string One, string Other) noun) => Report.Plural.Count(Language, count, noun.One, noun.Other);

    public string Plural(int count, (string One, string Other) forms) => Report.Plural.Form(Language, count, forms.One, forms.Other);

    /// <summary>A count in running text: spelled out under ten ("three"), in figures from ten on.</summary>
    public string Number(int count) => count >= 0 && count < Text.SmallNumbers.Count ? Text.SmallNumbers[count] : count.ToString("N0", Report.Plural.Culture(Language));

    public string Name(string english, string french) => Language == "fr" ? french : english;

    /// <summary>A name quoted as a title inside a sentence, so it needs no article: « Renforcement des capacités », “Capacity building”.</summary>
    public string Quoted(string name) => Language == "fr" ? $"« {name} »" : $"“{name}”";

    public string TableNote(string pattern) => Format(pattern, Summary.Year);

    /// <summary>The entity's name in the draft's language: the catalogue's, a State's as the language writes it ("Belgium" for "Belgique"), a United Nations entity's ("Fonds des Nations Unies pour l'enfance (UNICEF)"), else as detected.</summary>
    public string EntityName(string? id) => id is null || id == SummaryCompiler.UnknownEntity
        ? Text.UnknownEntity
        : entities.Get(id)?.Name(Language) ?? StateNames.Default.In(id, Language) ?? UnitedNationsNames.Default.Bare(id, Language) ?? StateNames.Default.WithPlaceIn(id, Language);

    /// <summary>Items joined as the language lists them, the last after "and": by semicolons, or by <paramref name="separator"/> for short items such as names.</summary>
    public string Join(IReadOnlyList<string> items, string? separator = null) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(separator ?? (Language == "fr" ? " ; " : "; "), items.Take(items.Count - 1)) + (Language == "fr" ? " et " : " and ") + items[^1],
    };

    /// <summary>
    /// A statement in the report's voice: as written when it names its entity ("L'UNESCO a publié..."), else attributed
    /// ("Selon l'UIT, ..."); a statement in the other language is kept in it, quoted, marked and always attributed, since
    /// a reader of the report may not read the entity's name in the quote.
    /// </summary>
    /// <param name="again">Whether the same entity's statement opened the paragraph already: the next one "adds".</param>
    public ReportSentence Sentence(Statement statement, string? entityId, bool again = false)
    {
        if (statement.Material == Statement.Mandate)
        {
            return Mandate(statement, statement.Entity);
        }

        // Only a contributor's own text is attributed to it; a report's paragraph about an entity is the report's voice.
        var own = statement.Source.Entity == entityId;
        var entity = own ? entities.Get(entityId) : null;
        var content = statement.Text.Trim();

        // A contributor the catalogue does not know is named as its title wrote it, and its words are quoted, since
        // they may speak in the first person ("In 2025 we helped...") and the report cannot rephrase them safely. So are
        // a contribution's words whose contributor could not be identified: they are never the report's own voice.
        var unknownName = own && entity is null && !string.IsNullOrWhiteSpace(entityId) && entityId != SummaryCompiler.UnknownEntity ? entityId : null;
        var unidentified = statement.Source.Entity is null or SummaryCompiler.UnknownEntity && string.IsNullOrEmpty(statement.Entity)
            && statement.Source.Kind != Segmentation.DocumentKinds.SecretaryGeneralReport;
        var (subject, several) = entity is not null ? (entity.Subject(Language), false)
            : unknownName is not null ? (UnknownSubject(unknownName, again), OrganisationCount(unknownName) > 1)
            : unidentified ? (Text.UnknownSubject, false)
            : (null, false);

        // "Les Émirats arabes unis indiquent": a subject its article makes plural takes a plural verb.
        several |= subject is not null && (Text.PluralArticles ?? []).Any(a => subject.StartsWith(a, StringComparison.Ordinal));
        string sentence;
        if (statement.Language is "fr" or "en" && statement.Language != Language)
        {
            sentence = subject is not null
                ? Format(Plural(several ? 2 : 1, again ? Text.OtherLanguageAdds : Text.OtherLanguageAttributed), subject, Text.LanguageName(statement.Language), Nested(content))
                : Format(Text.OtherLanguage, Text.LanguageName(statement.Language), Nested(content));
        }
        else if (entity is not null && SpeaksOfItself(content))
        {
            sentence = Format(Plural(1, again ? Text.Adds : Text.Reports), subject!, Nested(content));
        }
        else if (entity is not null)
        {
            sentence = Names(entity, content) ? content : Format(Text.According, LowerSubject(entity.Subject(Language)), LowerFirst(content));
        }
        // A statement that names its contributor reads in the report's voice, unless it speaks in the first person too
        // ("In 2025, UNHCR continued... Our initiative reached..."): the report never says "our" of anyone.
        else if (subject is not null && !(unknownName is not null && NamesItself(content, unknownName) && !SpeaksOfItself(content)))
        {
            sentence = Format(Plural(several ? 2 : 1, again ? Text.Adds : Text.Reports), subject, Nested(content));
        }
        else
        {
            sentence = content;
        }

        return new ReportSentence(sentence, Cite(statement.Source), statement);
    }

    /// <summary>
    /// A quotation's own quotation marks, as the report's language writes quotes inside a quote (English ‘...’ inside
    /// “...”, French “...” inside « ... »): <c>nestedQuotes</c> in <c>Report/Texts/</c>, applied in order.
    /// </summary>
    private string Nested(string content) =>
        Text.NestedQuotes.Aggregate(content, (text, pair) => text.Replace(pair[0], pair[1], StringComparison.Ordinal));

    /// <summary>
    /// How the report's sentence opens on a contributor the catalogue does not know: with the article its own documents
    /// give it in the report's language ("L'Association ... indique"), else its name as written; when it speaks again in
    /// the same paragraph, its abbreviation alone where the report's language allows it (<see cref="ReportText.RepeatsByAbbreviation"/>).
    /// </summary>
    /// <param name="again">Whether it spoke already in the paragraph: then its abbreviation alone, where the language writes it so.</param>
    private string UnknownSubject(string name, bool again) => StateNames.Default.WithPlaceIn(UnknownSubjectAsWritten(name, again), Language);

    /// <summary>The subject <see cref="UnknownSubject"/> gives, its State after a dash still as the contribution writes it.</summary>
    private string UnknownSubjectAsWritten(string name, bool again) =>
        // A joint name's one abbreviation is one partner's ("RFIC" of "Université de Douala, le Réseau ... (RFIC) et
        // l'association ..."), which never stands for them all.
        again && Text.RepeatsByAbbreviation && Abbreviations(name).ToArray() is [var abbreviation] && OrganisationCount(name) == 1 ? abbreviation
        : StateNames.Default.In(name, Language) is { } state ? char.ToUpperInvariant(state[0]) + state[1..]
        : UnitedNationsNames.Default.In(name, Language) is { } entity ? char.ToUpperInvariant(entity[0]) + entity[1..]
        : Summary.Entities.FirstOrDefault(e => e.Entity == name) is not { Subject: { } subject, SubjectLanguage: { } language } ? OpeningOnItsNoun(name)
        : language == Language ? subject
        : ForeignName(name);

    /// <summary>
    /// A name that opens on its organisation's noun, as Romance languages build names ("Fundação Getulio Vargas",
    /// "Instituto Federal de Telecomunicaciones"), or ends its head on it, as English builds them ("Youth LACIGF", whose
    /// "IGF" is an Internet Governance Forum; "Special Rapporteur on..."), takes that noun's article though its text never writes one ("La Fundação Getulio Vargas
    /// indique", "Le Youth LACIGF indique"); a company ("Banco Santander S.A.") and a name with its noun elsewhere keep none.
    /// </summary>
    private string OpeningOnItsNoun(string name)
    {
        var folded = Classification.TextNormaliser.Fold(name);
        if (CompanyForms.Value.Any(form => folded.Length > form.Length && folded.EndsWith(form, StringComparison.Ordinal)))
        {
            return name;
        }

        // Read without the abbreviation in brackets, which English sets after the noun ending the head ("Canadian Internet
        // Registration Authority (CIRA)").
        var bare = WithoutAbbreviation(name);
        var opens = (Text.ForeignNameArticles ?? []).Any(pair => System.Text.RegularExpressions.Regex.Match(bare, pair[0], System.Text.RegularExpressions.RegexOptions.CultureInvariant)
            is { Success: true, Length: > 1 } noun && ((noun.Index == 0 && (noun.Length == bare.Length || !char.IsLetter(bare[noun.Length]))) || EndsItsHead(bare, noun)));
        return opens ? ForeignName(name) : name;
    }

    /// <summary>
    /// A noun that ends the name ("Youth LACIGF") or the words before its first small one ("Special Rapporteur on freedom of
    /// expression", "Caribbean Telecommunications Union"), as English sets a name's noun after its adjectives.
    /// </summary>
    private static bool EndsItsHead(string name, System.Text.RegularExpressions.Match noun)
    {
        var end = noun.Index + noun.Length;
        return end == name.Length || (name[end] == ' ' && end + 1 < name.Length && char.IsLower(name[end + 1])
            && name[..noun.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => !char.IsLower(w[0])));
    }

    /// <summary>Each language's <c>documentProfile.companyForms</c>, folded with a space either side ("plc", "s a").</summary>
    private static readonly Lazy<string[]> CompanyForms = new(() => Classification.LanguageCatalog.Default.Languages
        .SelectMany(l => l.DocumentProfile?.CompanyForms ?? []).Select(Classification.TextNormaliser.Fold).Where(f => f.Trim().Length > 0).Distinct().ToArray());

    /// <summary>
    /// An organisation named in another language, which its own text writes after an article ("Le Consortium des
    /// universités..."), takes the article the report's language gives such a name (<see cref="ReportText.ForeignNameArticles"/>:
    /// an elided article before a vowel, else the noun that ends the name's head, as English builds a name ("Korea
    /// Information Society Development Institute" is an institute: "Le"), else the pattern that matches the name
    /// earliest, as Romance languages open a name on its noun); a name none matches keeps none.
    /// </summary>
    private string ForeignName(string name)
    {
        // A joint name in the other language ("Université de Douala, le Réseau ... et l'association ...") is joined in
        // the draft's: each partner with the article the draft's language gives it, and the draft's conjunction.
        var and = Name("and", "et");
        if (JointNames.Conjunction(name) is { } conjunction && conjunction != and && JointNames.Partners(name) is { Count: > 1 } partners)
        {
            var named = partners.Select((p, i) => ForeignName(p) is var n && i > 0 && n != p ? char.ToLowerInvariant(n[0]) + n[1..] : n).ToArray();
            return $"{string.Join(", ", named[..^1])} {and} {named[^1]}";
        }

        var head = WithoutAbbreviation(FirstPartner(name));
        var found = (Text.ForeignNameArticles ?? [])
            .Select(pair => (Match: System.Text.RegularExpressions.Regex.Match(name, pair[0], System.Text.RegularExpressions.RegexOptions.CultureInvariant),
                InHead: System.Text.RegularExpressions.Regex.Match(head, pair[0], System.Text.RegularExpressions.RegexOptions.CultureInvariant), Article: pair[1]))
            .Where(x => x.Match.Success)
            .ToArray();
        var article = found.Where(x => x.Article.EndsWith('\'') && x.Match.Index == 0).Select(x => x.Article).FirstOrDefault()
            ?? found.Where(x => x.InHead is { Success: true, Length: > 1 } && EndsItsHead(head, x.InHead)).Select(x => x.Article).FirstOrDefault()
            ?? found.OrderBy(x => x.Match.Index).Select(x => x.Article).FirstOrDefault();
        return article is null ? name : article.EndsWith('\'') ? article + name : $"{article} {name}";
    }

    /// <summary>
    /// "Global Satellite Operators Association (GSOA) and the Africa Satellite Industry Forum (ASIF)": a joint name takes
    /// its first partner's article, so its head is that partner's, up to the abbreviation a conjunction follows.
    /// </summary>
    private static string FirstPartner(string name) =>
        FirstPartnerEnd.Value?.Match(name) is { Success: true } first ? first.Value : name;

    private static readonly Lazy<System.Text.RegularExpressions.Regex?> FirstPartnerEnd = new(() =>
    {
        var conjunctions = Classification.LanguageCatalog.Default.Languages.SelectMany(l => l.Requests.Conjunctions).Distinct().ToArray();
        return conjunctions.Length == 0 ? null : new System.Text.RegularExpressions.Regex(
            $@"^[^()]+\([^()]+\)(?=\s*,|\s+(?:{string.Join('|', conjunctions.Select(System.Text.RegularExpressions.Regex.Escape))})\s)",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    });

    /// <summary>"Korea Information Society Development Institute (KISDI)" without its abbreviation, whose head then ends the name.</summary>
    private static string WithoutAbbreviation(string name) =>
        System.Text.RegularExpressions.Regex.Replace(name, @"\s*\([^()]*\)\s*$", "");

    /// <summary>
    /// A joint contribution's contributor names several organisations, each with its abbreviation ("... (PITA) and ...
    /// (USP)", "... (APC), ... and ... (KICTANet)") or, without one, each after its own article, as a joint title's further
    /// partners are named ("Réseau des femmes ... et la Fondation pour l'Internet communautaire": each language's
    /// <c>documentProfile.jointNameArticles</c> after a conjunction).
    /// </summary>
    private static int OrganisationCount(string name) =>
        Math.Max(Math.Max(Abbreviations(name).Count(), 1 + (JointPartner.Value?.Matches(name).Count ?? 0)), JointNames.Partners(name).Count);

    /// <summary>A conjunction, then the article a further partner takes alone and its capital: " et la Fondation", " et l'Association".</summary>
    private static readonly Lazy<System.Text.RegularExpressions.Regex?> JointPartner = new(() =>
    {
        var languages = Classification.LanguageCatalog.Default.Languages;
        var articles = languages.SelectMany(l => l.DocumentProfile?.JointNameArticles?.Values ?? []).Where(a => a.Trim().Length > 0).Distinct().ToArray();
        var conjunctions = languages.SelectMany(l => l.Requests.Conjunctions).Distinct().ToArray();
        return articles.Length == 0 || conjunctions.Length == 0 ? null : new System.Text.RegularExpressions.Regex(
            $@"\s(?:{string.Join('|', conjunctions.Select(System.Text.RegularExpressions.Regex.Escape))})\s+(?:{string.Join('|', articles.Select(a => System.Text.RegularExpressions.Regex.Escape(a.Trim()) + (a.EndsWith(' ') ? @"\s+" : "")))})\p{{Lu}}",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    });

    private static IEnumerable<string> Abbreviations(string name) =>
        System.Text.RegularExpressions.Regex.Matches(name, @"\((\p{Lu}[\p{Lu}\p{N}&]{1,11}|\p{Lu}(?=[\p{L}\p{N}&-]*\p{Lu}[\p{L}\p{N}&-]*\p{Lu})[\p{L}\p{N}&-]{2,11})\)").Select(m => m.Groups[1].Value);

    /// <summary>An operative paragraph in the report's voice: its organ, then its own verb ("Le Conseil économique et social prie...").</summary>
    public ReportSentence Mandate(Statement statement, string? organ)
    {
        var body = Summary.Bodies.FirstOrDefault(b => b.Id == organ);
        var subject = entities.Get(organ)?.Subject(Language) ?? (body is null ? organ ?? Text.UnknownEntity : Name(body.Name, body.NameFr));
        var content = statement.Text.Trim();
        var sentence = statement.Language is "fr" or "en" && statement.Language != Language
            ? Format(Text.OtherLanguageMandate, subject, Text.LanguageName(statement.Language), Nested(content))
            : OpensWithVerb(content) ? $"{subject} {LowerFirst(content)}" : content;
        return new ReportSentence(sentence, Cite(statement.Source), statement);
    }

    /// <summary>
    /// A request to the Secretary-General: its organ, the paragraph's own words from its verb on, and the deadline or
    /// session the request names. A long paragraph keeps its opening sentence.
    /// </summary>
    public ReportSentence Request(RequestCitation request)
    {
        var organ = request.RequestingBodies.FirstOrDefault();
        var content = request.Source.Text.Trim();
        if (content.Length > StatementExtractorLength)
        {
            content = ShortenedText.AtWord(content, StatementExtractorLength) + " […]";
        }

        var statement = new Statement(organ, content, request.Source.Language ?? Language, 0, request.Source, Statement.Mandate);
        var sentence = Mandate(statement, organ);
        var said = sentence.Text.TrimEnd(' ', ';', ',', '.');
        if (request.Deadline is { } deadline && !content.Contains(deadline, StringComparison.Ordinal))
        {
            said += Format(Text.Deadline, deadline);
        }

        if (request.ReportingSession is { } session && !content.Contains(session, StringComparison.Ordinal))
        {
            said += Format(Text.Session, session);
        }

        return sentence with { Text = said.EndsWith('»') || said.EndsWith('”') ? said : said + "." };
    }

    private const int StatementExtractorLength = Synthesis.StatementExtractor.MaxLength;

    public string Cite(ParagraphCitation source)
    {
        var where = source.ParagraphNumber is { } number ? Format(Text.Paragraph, number) : Format(Text.UnnumberedParagraph, source.ParagraphIndex + 1);
        if (!string.IsNullOrWhiteSpace(source.Symbol))
        {
            return $"{source.Symbol}, {where}.";
        }

        var untitled = source.Kind switch
        {
            Segmentation.DocumentKinds.Resolution => Text.UntitledResolution,
            Segmentation.DocumentKinds.Decision => Text.UntitledDecision,
            _ => Text.UntitledContribution,
        };
        var title = source.Title is { } t ? (Language == "fr" ? $"« {t} »" : $"“{t}”") : Format(untitled, Summary.Year);
        return $"{UpperFirst(EntityName(source.Entity))}, {title}, {where}.";
    }

    /// <summary>
    /// Whether a statement names its contributor already, by the name its title gave ("Pacific Community (SPC)") with or
    /// without the abbreviation in brackets, or by that abbreviation; for a joint contribution, by any of its names.
    /// </summary>
    private static bool NamesItself(string content, string name)
    {
        var names = System.Text.RegularExpressions.Regex.Split(name, @"\s*\([^)]*\)\s*")
            .Select(n => n.Trim()).Where(n => n.Length > 0 && n.Split(' ').Length > 1);
        return content.Contains(name, StringComparison.OrdinalIgnoreCase)
            || names.Any(n => content.Contains(n, StringComparison.OrdinalIgnoreCase))
            || Abbreviations(name).Any(a => System.Text.RegularExpressions.Regex.IsMatch(content, $@"(?<![\p{{L}}\p{{N}}]){System.Text.RegularExpressions.Regex.Escape(a)}(?![\p{{L}}\p{{N}}])"));
    }

    /// <summary>Whether the statement speaks in the first person ("nous avons cartographié", "we trained"): <see cref="ReportText.FirstPerson"/>.</summary>
    private bool SpeaksOfItself(string content) =>
        Text.FirstPerson is { Count: > 0 } words
        && System.Text.RegularExpressions.Regex.Matches(content, @"\p{L}+").Any(w => words.Contains(w.Value.ToLowerInvariant()));

    private bool Names(EntityDefinition entity, string content) =>
        entities.Find(content).Any(m => m.Entity.Id == entity.Id || m.Entity.Id == entity.Parent || m.Entity.Parent == entity.Id);

    private static bool OpensWithVerb(string text) =>
        text.Length > 2 && char.IsUpper(text[0]) && char.IsLower(text[1]) && !text.StartsWith("L'", StringComparison.Ordinal)
        && !text.StartsWith("Le ", StringComparison.Ordinal) && !text.StartsWith("La ", StringComparison.Ordinal) && !text.StartsWith("The ", StringComparison.Ordinal);

    private static string LowerSubject(string subject) =>
        subject.StartsWith("L'", StringComparison.Ordinal) || subject.StartsWith("La ", StringComparison.Ordinal) || subject.StartsWith("Le ", StringComparison.Ordinal)
        || subject.StartsWith("Les ", StringComparison.Ordinal) || subject.StartsWith("The ", StringComparison.Ordinal)
            ? char.ToLowerInvariant(subject[0]) + subject[1..]
            : subject;

    /// <summary>
    /// Lower-cases an opening capital, but not an acronym's ("ICT applications", "ITU Academy"), nor a name's of several
    /// capitalised words ("Kestrel Networks funded...", "Giga Connect linked..."): a first word that is none of the
    /// languages' small words ("The", "Le", "In"), followed by a capitalised word.
    /// </summary>
    public static string LowerFirst(string text)
    {
        // An elided article or preposition ("L'initiative", "L’Organisation", "D'ici 2030") is a small word too, whatever
        // follows its apostrophe; a name's apostrophe is not one ("O'Neill Foundation").
        var apostrophe = text.IndexOfAny(['\'', '’']);
        if (apostrophe > 0 && char.IsUpper(text[0]) && text[..apostrophe].All(char.IsLetter)
            && Elisions.Value.Contains(Classification.TextNormaliser.Fold(text[..apostrophe]).Trim()))
        {
            return char.ToLowerInvariant(text[0]) + text[1..];
        }

        if (!(text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1])))
        {
            return text;
        }

        var words = text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && char.IsUpper(words[1][0]) && !SmallWords.Value.Contains(Classification.TextNormaliser.Fold(words[0]).Trim())
            ? text
            : char.ToLowerInvariant(text[0]) + text[1..];
    }

    private static readonly Lazy<HashSet<string>> Elisions = new(() =>
        Classification.LanguageCatalog.Default.Languages.SelectMany(l => l.Elisions).ToHashSet(StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> SmallWords = new(() =>
        Classification.LanguageCatalog.Default.Languages.SelectMany(l => l.StopWords).ToHashSet(StringComparer.Ordinal));

    /// <summary>A note opens with a capital, but a name coined with a small first letter keeps it ("iHub", "e-Estonia Briefing Centre").</summary>
    private static string UpperFirst(string text) =>
        text.Length == 0 || text.TakeWhile(c => c != ' ').Skip(1).Any(char.IsUpper) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
