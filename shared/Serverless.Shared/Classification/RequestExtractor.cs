using System.Buffers;
using System.Text.RegularExpressions;

namespace Serverless.Shared.Classification;

/// <summary>
/// Turns the clauses of an operative paragraph that ask for action into <see cref="ExtractedRequest"/>s.
/// A clause starts with a request verb at the opening of the paragraph or after <c>et</c>/<c>and</c>/<c>;</c>
/// (<c>Réaffirme ..., et invite toutes les parties prenantes à ...</c>); the addressee is named between the verb
/// and the first infinitive (<c>de présenter</c>, <c>to submit</c>), which starts the action.
/// Pure: the same input gives the same requests; built once from the taxonomy's verbs and the catalogue's languages.
/// </summary>
public sealed class RequestExtractor
{
    private readonly Regex _openingClause;
    private readonly Regex _laterClause;
    private readonly Regex _infinitive;
    private readonly Regex _deadline;
    private readonly Regex _session;

    /// <summary>
    /// The first word of every request verb: a clause needs one, and most paragraphs hold none, so a single vectorised
    /// search spares them both clause patterns, which are tried at every space.
    /// </summary>
    private readonly SearchValues<string> _verbWords;

    public RequestExtractor(Taxonomy taxonomy)
        : this(taxonomy, LanguageCatalog.Default)
    {
    }

    /// <summary>The verbs are the taxonomy's; the words and patterns around them are every catalogue language's.</summary>
    public RequestExtractor(Taxonomy taxonomy, LanguageCatalog languages)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(languages);
        var verbPhrases = taxonomy.RequestVerbs.Values.SelectMany(v => v).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _verbWords = SearchValues.Create(
            verbPhrases.Select(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            StringComparison.OrdinalIgnoreCase);
        var verbs = verbPhrases.OrderByDescending(v => v.Length).Select(Words);
        var conjunctions = Alternatives(languages.Pooled(l => l.Requests.Conjunctions).Select(Words));
        var before = Alternatives(languages.Pooled(l => l.Requests.AdverbsBefore).Select(a => Words(a) + @"\s+"));
        var after = Alternatives(languages.Pooled(l => l.Requests.AdverbsAfter).Select(Words));
        // A clause starts at the paragraph's opening or after ";", ":" or a conjunction. As one pattern,
        // (?:^...|[;:]...|,?\s+conj...)verb, the engine tried the verbs at nearly every letter, since the opening's branch
        // may start with any of them; split in two, the opening is tried once and the rest only where a separator is.
        // Together they find the same clauses: "^" holds only at the start, where the opening's branch came first.
        var verbAndAfter = $@"(?<verb>{string.Join('|', verbs)})(?:\s+(?:{after}))?\b";
        _openingClause = new Regex(
            $@"^(?:{before})?{verbAndAfter}",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _laterClause = new Regex(
            $@"(?:[;:]\s*|,?\s+(?:{conjunctions})\s+(?:{before})?){verbAndAfter}",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // The action starts at the first infinitive: "de présenter", "d'établir", "à poursuivre", "to submit".
        _infinitive = new Regex(
            string.Join('|', languages.Languages.Select(l => l.Requests.Infinitive)),
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        var ordinals = Alternatives(languages.Pooled(l => l.Requests.DayOrdinals).Select(Regex.Escape));
        _deadline = new Regex(
            $@"(?:{Alternatives(languages.Pooled(l => l.Requests.DeadlineLeads))})(?:\d{{1,2}}{(ordinals.Length > 0 ? $"(?:{ordinals})?" : string.Empty)}\s+\p{{L}}+\s+)?(?:\p{{Lu}}\p{{Ll}}+\s+)?(?:19|20)\d{{2}}",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _session = new Regex(
            $"(?:{Alternatives(languages.Pooled(l => l.Requests.Sessions))})",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);
    }

    /// <param name="text">The paragraph body, without its number.</param>
    /// <param name="findAddressees">Addressee ids named in a span of <paramref name="text"/> (start, length).</param>
    public IReadOnlyList<ExtractedRequest> Extract(
        string text,
        string? requestingBody,
        string? paragraphNumber,
        Func<int, int, IReadOnlyList<string>> findAddressees,
        string? documentSymbol = null)
    {
        var starts = ClauseStarts(text);
        if (starts.Count == 0)
        {
            return [];
        }

        var requests = new List<ExtractedRequest>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var verb = starts[k].Groups["verb"];
            var clauseEnd = k + 1 < starts.Count ? starts[k + 1].Index : text.Length;
            var afterVerb = starts[k].Index + starts[k].Length;
            var clause = text[afterVerb..clauseEnd];
            var infinitive = _infinitive.Match(clause);
            var addresseeEnd = infinitive.Success ? infinitive.Index : Math.Min(clause.Length, 80);
            var action = (infinitive.Success ? clause[(infinitive.Index + infinitive.Groups["marker"].Length)..] : clause)
                .Trim().TrimEnd(';', ',', '.', ':').Trim();
            requests.Add(new ExtractedRequest(
                Regex.Replace(verb.Value, @"\s+", " "),
                requestingBody,
                findAddressees(afterVerb, addresseeEnd),
                action,
                _deadline.Match(clause) is { Success: true } d ? d.Value.Trim() : null,
                _session.Match(clause) is { Success: true } s ? s.Value.Trim() : null,
                paragraphNumber,
                documentSymbol)
            {
                AddresseeSpan = afterVerb..(afterVerb + addresseeEnd),
            });
        }

        return requests;
    }

    /// <summary>Where each request clause starts, in order: the opening's, then each later one.</summary>
    private List<Match> ClauseStarts(string text)
    {
        var starts = new List<Match>(2);
        if (!text.AsSpan().ContainsAny(_verbWords))
        {
            return starts;
        }

        var opening = _openingClause.Match(text);
        if (opening.Success)
        {
            starts.Add(opening);
        }

        for (var later = _laterClause.Match(text, opening.Success ? opening.Index + opening.Length : 0); later.Success; later = later.NextMatch())
        {
            starts.Add(later);
        }

        return starts;
    }

    /// <summary>A plain phrase as a pattern: letters as written, any run of white space between words.</summary>
    private static string Words(string phrase) => Regex.Escape(phrase).Replace("\\ ", "\\s+", StringComparison.Ordinal);

    private static string Alternatives(IEnumerable<string> patterns) => string.Join('|', patterns);
}
