using System.Text.RegularExpressions;

namespace Serverless.Shared.Classification;

/// <summary>
/// The taxonomy compiled for matching: one phrase trie per catalogue language (all phrases of every language,
/// stemmed by that language's rules, since French reports quote English titles and the reverse), the body symbol
/// patterns, and the markers and small words the body rules read (every language's: a paragraph quotes others').
/// Built once; read-only afterwards.
/// </summary>
internal sealed class TaxonomyLexicon
{
    private readonly Dictionary<string, PhraseMatcher<LexiconEntry>> _matchers;

    public TaxonomyLexicon(Taxonomy taxonomy, ClassifierOptions options, LanguageCatalog languages)
    {
        Taxonomy = taxonomy;
        _matchers = languages.Languages.ToDictionary(l => l.Code, l => Build(new Tokeniser(l), taxonomy, options), StringComparer.Ordinal);
        Articles = languages.Pooled(l => l.Bodies.Articles)
            .Select(a => " " + TextNormaliser.Fold(a).Trim())
            .Where(a => a.Length > 1)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        ForwardCitationWords = FoldedSet(languages.Pooled(l => l.Bodies.ForwardCitationWords));
        CoordinationGaps = FoldedSet(languages.Pooled(l => l.Bodies.CoordinationGaps));
        SymbolWords = languages.Pooled(l => l.Bodies.SymbolWords ?? []);
        OwnerLinks = languages.Pooled(l => l.Bodies.OwnerLinks ?? [])
            .Select(l => l.Replace('\u2019', '\'').Trim())
            .Where(l => l.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(l => l.Length)
            .ToArray();
        SystemOwners = languages.Pooled(l => l.Bodies.SystemOwners ?? []).Select(o => o.Trim()).Where(o => o.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        OrganisationWords = languages.Pooled(l => l.DocumentProfile?.OrganisationWords ?? []).Select(w => TextNormaliser.Fold(w).Trim()).ToHashSet(StringComparer.Ordinal);
        Symbols = taxonomy.Bodies
            .SelectMany(b => (b.SymbolPatterns ?? []).Select(p => (b.Id, new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled))))
            .ToArray();
        DativeMarkers = (taxonomy.BodyDativeMarkers ?? new Dictionary<string, string[]>())
            .SelectMany(kv => kv.Value)
            .Select(m => TextNormaliser.Fold(m).TrimEnd())
            .Where(m => m.Trim().Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        CitationMarkers = (taxonomy.BodyCitationMarkers ?? new Dictionary<string, string[]>())
            .SelectMany(kv => kv.Value)
            .Select(m => TextNormaliser.Fold(m).Trim())
            .Where(m => m.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        RequestMarkers = (taxonomy.BodyRequestMarkers ?? new Dictionary<string, string[]>())
            .SelectMany(kv => kv.Value)
            .Select(m => BodyDetector.WithoutTrailingArticles(TextNormaliser.Fold(m).Trim(), Articles))
            .Where(m => m.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        OwnTextMarkers = (taxonomy.OwnTextMarkers ?? new Dictionary<string, string[]>())
            .SelectMany(kv => kv.Value)
            .Select(m => m.Trim())
            .Where(m => m.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        RequesterAddressees = taxonomy.Addressees.Select(a => a.Id)
            .Intersect(taxonomy.Bodies.Select(b => b.Id), StringComparer.Ordinal)
            .ToHashSet(StringComparer.Ordinal);
        var roleMarkers = (taxonomy.BodyRoleMarkers ?? new Dictionary<string, string[]>())
            .SelectMany(kv => kv.Value)
            .Select(m => TextNormaliser.Fold(m).Trim())
            .Where(m => m.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        RoleMarkers = roleMarkers;
        RoleMarkerWords = roleMarkers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Taxonomy Taxonomy { get; }

    /// <summary>Folded words that, just before a body's name, make the body the subject talked about ("le rôle de la Commission").</summary>
    public IReadOnlySet<string> RoleMarkers { get; }

    /// <summary><see cref="RoleMarkers"/>, looked up by a word of the text without making it a string.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleMarkerWords { get; }

    /// <summary>Folded articles, possessives and "of", each with a leading space (" the", " l"), that may stand between a marker and a name.</summary>
    public IReadOnlyList<string> Articles { get; }

    /// <summary>What joins an organ's name to its organisation's ("of the", "de l'"), longest first, as written.</summary>
    public IReadOnlyList<string> OwnerLinks { get; }

    /// <summary>The organisations whose organs the taxonomy's bodies are ("United Nations", "ONU", "Union"), as written.</summary>
    public IReadOnlyList<string> SystemOwners { get; }

    /// <summary>Folded nouns that make a name an organisation's ("organization", "union", "société").</summary>
    public IReadOnlySet<string> OrganisationWords { get; }

    /// <summary>Folded words before "its resolution" that make the possessive point forward ("in", "dans").</summary>
    public IReadOnlySet<string> ForwardCitationWords { get; }

    /// <summary>Folded gaps that make two names one group ("and the", "et a la").</summary>
    public IReadOnlySet<string> CoordinationGaps { get; }

    public IReadOnlyList<(string BodyId, Regex Pattern)> Symbols { get; }

    /// <summary>Every language's words a symbol pattern may stand on without a slash ("résolution", "resolution"), as written.</summary>
    public IReadOnlyList<string> SymbolWords { get; }

    /// <summary>Folded phrases (with a leading space) that, just before a body's name, make it the receiver rather than the requester.</summary>
    public IReadOnlyList<string> DativeMarkers { get; }

    /// <summary>
    /// Folded phrases ending in a dative marker that cite rather than address what follows
    /// ("pursuant to the Council's request", "en réponse à l'appel de").
    /// </summary>
    public IReadOnlyList<string> CitationMarkers { get; }

    /// <summary>
    /// Folded phrases (trailing articles removed) that, just before the name of someone who is asked to act and can
    /// also request (the Secretary-General, the Commission), cite their request: "at the request of", "l'appel du".
    /// </summary>
    public IReadOnlyList<string> RequestMarkers { get; }

    /// <summary>
    /// Phrases by which a text cites its own organ's earlier texts ("its resolution 70/125", "sa résolution"): the
    /// adopting organ is then a cited body, in a preamble too.
    /// </summary>
    public IReadOnlyList<string> OwnTextMarkers { get; }

    /// <summary>Addressees that are requesting bodies too (same id): those <see cref="RequestMarkers"/> apply to.</summary>
    public IReadOnlySet<string> RequesterAddressees { get; }

    /// <summary>The matcher that reads text in <paramref name="language"/>, one of the catalogue's.</summary>
    public PhraseMatcher<LexiconEntry> For(LanguageResource language) => _matchers[language.Code];

    private static HashSet<string> FoldedSet(IEnumerable<string> words) =>
        words.Select(w => TextNormaliser.Fold(w).Trim()).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static PhraseMatcher<LexiconEntry> Build(Tokeniser tokeniser, Taxonomy taxonomy, ClassifierOptions options)
    {
        var matcher = new PhraseMatcher<LexiconEntry>(tokeniser, (a, b) => a.Kind == b.Kind && a.Target == b.Target);
        foreach (var line in taxonomy.ActionLines)
        {
            matcher.Add(line.En, new LexiconEntry(LexiconEntryKind.ActionLine, line.Code, options.KeyTermWeight, line.En, IsName: true));
            matcher.Add(line.Fr, new LexiconEntry(LexiconEntryKind.ActionLine, line.Code, options.KeyTermWeight, line.Fr, IsName: true));

            // Texts cite action lines by code too ("action lines C2, C4, C5 and C6").
            matcher.Add(line.Code, new LexiconEntry(LexiconEntryKind.ActionLine, line.Code, options.KeyTermWeight, line.Code));
            foreach (var term in (line.KeyTerms ?? new Dictionary<string, string[]>()).Values.SelectMany(t => t))
            {
                matcher.Add(term, new LexiconEntry(LexiconEntryKind.ActionLine, line.Code, options.KeyTermWeight, term));
            }

            foreach (var term in line.Terms.Values.SelectMany(t => t))
            {
                matcher.Add(term, new LexiconEntry(LexiconEntryKind.ActionLine, line.Code, options.TermWeight, term));
            }
        }

        foreach (var body in taxonomy.Bodies)
        {
            // Names alone are not used: "Secrétaire général" or "Sommet mondial" are mentioned far more often than they request.
            foreach (var alias in body.Aliases)
            {
                matcher.Add(alias, new LexiconEntry(LexiconEntryKind.Body, body.Id, 1, alias));
            }

            foreach (var abbreviation in (body.Abbreviations ?? new Dictionary<string, string[]>()).Values.SelectMany(a => a))
            {
                matcher.Add(abbreviation, new LexiconEntry(LexiconEntryKind.Body, body.Id, 1, abbreviation, ExactForm: abbreviation));
            }

            if (body.Organisation is { Length: > 0 } organisation)
            {
                foreach (var name in body.OrganNames ?? [])
                {
                    matcher.Add(name, new LexiconEntry(LexiconEntryKind.Body, body.Id, 1, name, NamedWith: organisation));
                }
            }
        }

        // Matching is leftmost-longest, so a whole name wins over the action-line terms inside it.
        foreach (var name in (taxonomy.ProperNames ?? new Dictionary<string, string[]>()).Values.SelectMany(n => n))
        {
            matcher.Add(name, new LexiconEntry(LexiconEntryKind.ProperName, string.Empty, 0, name));
        }

        foreach (var addressee in taxonomy.Addressees)
        {
            foreach (var term in addressee.Terms)
            {
                matcher.Add(term, new LexiconEntry(LexiconEntryKind.Addressee, addressee.Id, 1, term));
            }
        }

        return matcher;
    }
}
