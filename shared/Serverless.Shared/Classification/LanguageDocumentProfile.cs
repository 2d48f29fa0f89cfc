namespace Serverless.Shared.Classification;

/// <summary>
/// A language's layout phrases that tell what a document is (<c>documentProfile</c> in <c>Languages/{code}.json</c>),
/// read by <see cref="Segmentation.DocumentProfileDetector"/>. Each is a regular expression in which <c>{ID}</c> stands
/// for the name, in this language, of the taxonomy's body <c>ID</c> (its <c>en</c> or <c>fr</c> name), so an organ's
/// name is written once, in the taxonomy. Every field is optional; a language without one adds nothing to that rule.
/// </summary>
/// <param name="AdoptedBy">The adoption formula of resolutions and decisions, with groups <c>what</c> (the word starting "D" makes a decision) and <c>organ</c>.</param>
/// <param name="DraftResolution">The title of a draft resolution and the bodies one of whose names follows it on the same line.</param>
/// <param name="ReportTitle">The title of the Secretary-General's report, at the start of a header line.</param>
/// <param name="ReportMandate">The sentence that names the mandate of the Secretary-General's report.</param>
/// <param name="CouncilCover">The words of an ITU Council document's cover sheet.</param>
/// <param name="Contribution">The word that makes a document a contribution (a whole word, any case).</param>
/// <param name="Contributor">A title that says whose contribution the document is, with the name in group <c>entity</c> (any case; tried at the start of the title).</param>
/// <param name="SelfIntroduction">The opening sentence in which a contributor presents its contribution ("The Caribbean Telecommunications Union is pleased to submit its contribution..."), with the name in group <c>entity</c> (any case; tried at the start of the first paragraphs).</param>
/// <param name="Byline">A line near the top that says who submitted the document ("Submitted by the Indian Ocean Commission", "Présenté par l'Agence..."), with the name in group <c>entity</c> (any case; tried on the first paragraphs).</param>
/// <param name="OnBehalf">Words of a byline saying its writer submits the text for another ("on behalf of the committee", "au nom du comité"): the byline names the writer, and the title below the letterhead is read before it (any case; tried anywhere in the byline's name).</param>
/// <param name="Recipient">A line near the top that says to whom the document goes ("Submitted to the CSTD secretariat", "Transmis au secrétariat de la CSTD"): an entity it names is the receiver, never the contributor (any case; tried anywhere in the line).</param>
/// <param name="SelfReferences">Words with which writers open a sentence about themselves ("we", "our", "this"), so that "Our network is pleased to share..." names nobody. Lower case.</param>
/// <param name="Signature">A signature line that names the signer's organisation after the role ("Chair, Asia-Pacific Network of Women in Technology"), with the name in group <c>entity</c> (any case; tried on the last lines).</param>
/// <param name="NameCapitalisation">How the language capitalises an organisation's name, for names printed in capitals: <c>first</c> (the first word only) or <c>words</c> (every word but the small ones).</param>
/// <param name="CapitalsKept">Words written so inside a name printed in capitals: abbreviations ("MINISTRY OF ICT AND INNOVATION" is the Ministry of ICT and Innovation) and the words the language capitalises inside a name, a continent, a cardinal point of a region, "États" ("BANQUE CENTRALE DES ÉTATS DE L'AFRIQUE DE L'OUEST").</param>
/// <param name="CoveringNote">Sentences that speak of the contribution itself or promise to report again ("This input describes...", "La présente contribution..."): never quoted as an activity (any case, at the start of a sentence).</param>
/// <param name="Articles">The definite articles that open a sentence on an organisation ("the", "l'", "la"), lower case, as written before the name.</param>
/// <param name="ArticleLinks">Small words that, inside an organisation's name, make the language give the name its definite article (the first of <c>Articles</c>) even where its documents never write one: "International Organization for Migration" reports as "The International Organization for Migration", "Makerere University" without one. A language whose article depends on the noun (French) has none.</param>
/// <param name="Presentation">What follows an organisation's name in the sentence that presents who it is ("is a network of", "regroupe"), tried just after the name.</param>
/// <param name="TitleWords">Words of the line that says what a contribution is ("Contribution au rapport...", "Input to the report..."), the title a citation gives; plain words, any case.</param>
/// <param name="OrganisationWords">Nouns that make a name an organisation's ("network", "agence"), so that a document opening on a plan or a programme it defines is not taken for its contributor; plain words, any case.</param>
/// <param name="CompanyForms">A company's legal form closing its name ("Ltd", "Inc", "SARL"): a letterhead line that ends on one is a company's name, though it holds none of <c>OrganisationWords</c> and ends on the form's full stop ("KESTREL NETWORKS LTD."); never a regional body's noun. Plain words, any case.</param>
/// <param name="PlaceLowerCase">A word that stays in lower case when a state's name printed in capitals is written as running text, not its first (a regular expression matched against the whole word in lower case): French adjectives ("RÉPUBLIQUE GABONAISE" is the République gabonaise, "ÉMIRATS ARABES UNIS" the Émirats arabes unis); English capitalises them all.</param>
/// <param name="BackgroundSections">Headings of a contribution's sections that hold its background rather than the year's work ("Mandate", "Background", "Mandat", "Contexte"): their paragraphs, a resolution quoted at length among them, are never quoted as activities. Plain words, any case, matched against the whole heading without its number.</param>
/// <param name="JointNameArticles">How a joint title links its further organisations ("... et du Réseau ...": "du" is "le" after "et"), each link and the article the name takes alone, so that a joint contributor is named "X (A), l'Association ... (B) et le Réseau ... (C)".</param>
/// <param name="ActivityColumns">The headings of a table's column that holds activities ("Activity", "Activité"): a table of activities, one a row, whose rows are quoted as that cell. Plain words, any case.</param>
/// <param name="PeriodColumns">The headings of a table of activities' column that says when each was done ("Period", "Période"), quoted after the activity in brackets. Plain words, any case.</param>
/// <param name="SummarySections">The headings of a contribution's executive summary ("Executive summary", "Résumé"): a paragraph there whose every figure the details give again is not quoted twice.</param>
/// <param name="Valediction">A letter's closing line ("Best regards,", "Cordialement,", "Bien à vous,"), the whole line: what follows it is the signature (the signer, a title, an address, an e-mail's disclaimer), never the year's work.</param>
/// <param name="SelfDescription">What follows a contributor's name when a sentence says in the present what it does year after year ("DRWI monitors Internet shutdowns...", "Le Groupe ... finance des infrastructures..."): a verb in the present, after an apposition between commas; tried with the name's other presentations, on a first sentence that names no year of its own.</param>
/// <param name="Plan">A sentence that says what the contributor will do, not what it did ("In 2026, the IPU will hold...", "Le HCP prévoit de lancer...", "La Ville étendra..."): a future or an intention before any verb in the past. Never quoted as the year's work, and its years date nothing (case as written; tried at the start of each sentence).</param>
/// <param name="SignedState">A State named in a national body's signature block ("Sultanate of Oman", "République du Niger"), with the name in group <c>state</c>: the body's country when its letterhead prints none (case as written; tried on the last lines).</param>
/// <param name="FormerNames">Words that open a bracket giving a contributor's earlier name ("(formerly the e-Skills for Jobs Coalition)", "(anciennement Centre national de l'informatique)"): the bracket is no part of its name. Plain words, any case.</param>
/// <param name="Honorifics">Courtesy titles before a person's name in a byline ("Ms.", "Dr", "Mme"): a byline that opens on one and names no organisation after the person's post names the post ("Submitted by Ms. X, Special Envoy of ... for Digital Inclusion"). As written.</param>
/// <param name="Sender">An e-mail header's sender field ("From: Digital Rights Lanka &lt;info@digitalrightslanka.org&gt;", "De : ..."), with the name shown in group <c>entity</c> and the mailbox's domain in group <c>domain</c>: the sender is the contributor when the domain spells the name, never a person writing from a mailbox of their own (any case; tried on the first paragraphs).</param>
/// <param name="Offices">The nouns of an organisation's office away from its seat ("regional office", "bureau régional"): a title naming such an office of an entity the catalogue knows ("ITU Regional Office for Africa") names the office, a contributor of its own. Plain words, any case.</param>
/// <param name="About">A press release's closing heading that presents who issued it ("About the Pacific Disability Forum", "À propos de l'AOTM-CI"), with the name in group <c>entity</c> (any case; the whole heading).</param>
/// <param name="Copyright">A web page's or a document's copyright line ("© 2025 Digital Public Goods Alliance. All rights reserved.", "Copyright 2024-2025 ... – Tous droits réservés"), with the owner in group <c>entity</c>: the contributor when nothing above names one (any case; tried on the last lines).</param>
/// <param name="Sessions">The forms of a session printed in the header ("Session de 2025", "28th session").</param>
/// <param name="SessionQualifiers">Words before a session that let it count inside a line ("Substantive session of 2025"); otherwise it must start the line. Plain words.</param>
public sealed record LanguageDocumentProfile(
    string? AdoptedBy = null,
    DraftResolutionWords? DraftResolution = null,
    string? ReportTitle = null,
    string? ReportMandate = null,
    string? CouncilCover = null,
    string? Contribution = null,
    string? Contributor = null,
    string? SelfIntroduction = null,
    string[]? SelfReferences = null,
    string[]? Sessions = null,
    string[]? SessionQualifiers = null,
    string? Signature = null,
    string? NameCapitalisation = null,
    string? CoveringNote = null,
    string[]? Articles = null,
    string? Presentation = null,
    string[]? TitleWords = null,
    string[]? OrganisationWords = null,
    string? Byline = null,
    string? OnBehalf = null,
    string[]? CapitalsKept = null,
    string? Recipient = null,
    string[]? ArticleLinks = null,
    string[]? CompanyForms = null,
    string? PlaceLowerCase = null,
    string[]? BackgroundSections = null,
    string? SignedState = null,
    IReadOnlyDictionary<string, string>? JointNameArticles = null,
    string[]? SummarySections = null,
    string? Valediction = null,
    string? SelfDescription = null,
    string? Plan = null,
    string[]? ActivityColumns = null,
    string[]? PeriodColumns = null,
    string[]? FormerNames = null,
    string[]? Honorifics = null,
    string? Sender = null,
    string[]? Offices = null,
    string? About = null,
    string? Copyright = null);

/// <summary>A draft resolution's title (a regular expression) and the ids of the bodies named after it.</summary>
public sealed record DraftResolutionWords(string Title, string[] Organs);
