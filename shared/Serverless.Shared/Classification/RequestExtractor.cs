using System.Text.RegularExpressions;

namespace Serverless.Shared.Classification;

/// <summary>
/// Turns the clauses of an operative paragraph that ask for action into <see cref="ExtractedRequest"/>s.
/// A clause starts with a request verb at the opening of the paragraph or after <c>et</c>/<c>and</c>/<c>;</c>
/// (<c>Réaffirme ..., et invite toutes les parties prenantes à ...</c>); the addressee is named between the verb
/// and the first infinitive (<c>de présenter</c>, <c>to submit</c>), which starts the action.
/// Pure: the same input gives the same requests; built once from the taxonomy's verbs.
/// </summary>
public sealed partial class RequestExtractor
{
    private readonly Regex _clauseStart;

    public RequestExtractor(Taxonomy taxonomy)
    {
        var verbs = taxonomy.RequestVerbs.Values.SelectMany(v => v)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(v => v.Length)
            .Select(v => Regex.Escape(v).Replace("\\ ", "\\s+", StringComparison.Ordinal));
        _clauseStart = new Regex(
            $@"(?:^|[;:]\s*|,?\s+(?:et|and)\s+(?:en\s+outre\s+|également\s+|also\s+|further\s+)?)(?<verb>{string.Join('|', verbs)})(?:\s+(?:également|en\s+outre|aussi|also|further))?\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
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
        var starts = _clauseStart.Matches(text);
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
            var infinitive = Infinitive().Match(clause);
            var addresseeEnd = infinitive.Success ? infinitive.Index : Math.Min(clause.Length, 80);
            var action = (infinitive.Success ? clause[(infinitive.Index + infinitive.Groups["marker"].Length)..] : clause)
                .Trim().TrimEnd(';', ',', '.', ':').Trim();
            requests.Add(new ExtractedRequest(
                Regex.Replace(verb.Value, @"\s+", " "),
                requestingBody,
                findAddressees(afterVerb, addresseeEnd),
                action,
                Deadline().Match(clause) is { Success: true } d ? d.Value.Trim() : null,
                Session().Match(clause) is { Success: true } s ? s.Value.Trim() : null,
                paragraphNumber,
                documentSymbol)
            {
                AddresseeSpan = afterVerb..(afterVerb + addresseeEnd),
            });
        }

        return requests;
    }

    /// <summary>The infinitive that starts the requested action: <c>de présenter</c>, <c>d'établir</c>, <c>à poursuivre</c>, <c>to submit</c>.</summary>
    [GeneratedRegex(@"(?<marker>\s(?:de|à)\s+(?:s['’]|se\s+|lui\s+|leur\s+|les\s+|y\s+)?|\sd['’])(?=(?!titre|cadre|nombre|membre|centre|ordre|notre|votre|autre|entre|contre|propre|genre)\p{L}+(?:er|ir|re|oir)\b)|(?<marker>\sto\s+)(?=(?!the\b|a\b|an\b|all\b|its\b|their\b|this\b|that\b|these\b)\p{Ll}+\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Infinitive();

    [GeneratedRegex(@"(?:d['’]ici\s+(?:à\s+|au\s+|la\s+fin\s+de\s+|fin\s+)?|avant\s+(?:le\s+|la\s+fin\s+de\s+)?|au\s+plus\s+tard\s+(?:le\s+|en\s+)?|by\s+(?:the\s+end\s+of\s+)?|before\s+(?:the\s+end\s+of\s+)?|no\s+later\s+than\s+)(?:\d{1,2}(?:er)?\s+\p{L}+\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:19|20)\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"(?:à\s+sa\s+(?:[\p{L}-]+\s+)?session(?:\s+de\s+\d{4})?|à\s+la\s+session\s+de\s+\d{4}(?:\s+du\s+\p{L}+)?|at\s+its\s+(?:[\p{L}-]+\s+)?session|at\s+the\s+\d{4}\s+session(?:\s+of\s+the\s+\p{L}+)?|chaque\s+année|annually|every\s+year)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Session();
}
