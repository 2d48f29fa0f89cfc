using System.Globalization;
using System.Text.RegularExpressions;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Detects what a document is from its opening paragraphs: language (the classifier's <see cref="LanguageDetector"/>
/// over the opening paragraphs), kind and issuing body
/// (the adoption formula of resolutions and decisions, the mandate sentence of the Secretary-General's report, the
/// cover sheet of ITU Council documents, the word "contribution" in a title), UN symbol (only where the header
/// shows it, never a symbol the text merely cites), date, session and year, each with the text that decided it.
/// </summary>
public sealed partial class DocumentProfileDetector(LanguageCatalog languages, Taxonomy taxonomy)
{
    /// <summary>How many opening paragraphs form the header, where the symbol, date and session are printed.</summary>
    private const int HeaderParagraphs = 12;

    /// <summary>Header lines are short; a long paragraph near the top is already body text.</summary>
    private const int MaxHeaderLine = 150;

    /// <summary>The layout rules built from the taxonomy and the language files (once, then cached).</summary>
    private readonly DocumentProfilePatterns patterns = DocumentProfilePatterns.For(languages, taxonomy);

    private readonly PlannedWork plans = new(languages);

    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public DocumentProfile Detect(IReadOnlyList<Paragraph> paragraphs)
    {
        var evidence = new Dictionary<string, string>();
        var header = paragraphs.Take(HeaderParagraphs).Select(p => p.Text).Where(t => t.Length <= MaxHeaderLine).ToList();
        var head = string.Join('\n', paragraphs.Take(40).Select(p => p.Text));
        var language = DetectLanguage(paragraphs.Take(200).Select(p => p.Text), evidence);

        var (kind, body) = DetectKind(head, string.Join('\n', header), evidence);
        var symbol = DetectSymbol(header, kind, body, evidence);
        var date = DetectDate(header, evidence);
        var session = paragraphs.Take(HeaderParagraphs).Select(p => patterns.Session.Match(p.Text)).FirstOrDefault(m => m.Success)?.Value;
        if (session is not null)
        {
            evidence["session"] = session;
        }

        // A contribution's plans name the coming year ("In 2026, the IPU will hold..."): the year it reports on is the one
        // its other sentences name.
        var reported = kind is DocumentKinds.Contribution or DocumentKinds.Other
            ? string.Join('\n', paragraphs.Take(40).Select(p => plans.WithoutPlans(p.Text)))
            : head;
        var year = DetectYear(symbol, date, session, reported, kind, evidence);
        return new DocumentProfile(language, kind, symbol, year, body, evidence, date, session);
    }

    private string DetectLanguage(IEnumerable<string> texts, Dictionary<string, string> evidence)
    {
        if (LanguageDetector.DetectDocument(languages, texts, out var counts) is not { } language)
        {
            return "und";
        }

        evidence["language"] = counts!;
        return language.Code;
    }

    private (string Kind, string? Body) DetectKind(string head, string header, Dictionary<string, string> evidence)
    {
        (string, string?) Found(string kind, string? body, Match match)
        {
            evidence["kind"] = match.Value;
            if (body is not null)
            {
                evidence["issuingBody"] = match.Value;
            }

            return (kind, body);
        }

        if (patterns.AdoptedBy.Match(head) is { Success: true } adopted)
        {
            var kind = adopted.Groups["what"].Value.StartsWith("D", StringComparison.OrdinalIgnoreCase) ? DocumentKinds.Decision : DocumentKinds.Resolution;
            return Found(kind, taxonomy.BodyNamedIn(adopted.Groups["organ"].Value)?.Id, adopted);
        }

        if (patterns.DraftResolution.Match(head) is { Success: true } draft)
        {
            return Found(DocumentKinds.Resolution, taxonomy.BodyNamedIn(draft.Groups["organ"].Value)?.Id, draft);
        }

        // The title says "Report of the Secretary-General"; elsewhere the words only cite such a report.
        if (patterns.SecretaryGeneralTitle.Match(header) is { Success: true } title)
        {
            return Found(DocumentKinds.SecretaryGeneralReport, taxonomy.IssuerOf(DocumentKinds.SecretaryGeneralReport), title);
        }

        if (patterns.ItuCouncil.Match(head) is { Success: true } council)
        {
            return Found(DocumentKinds.CouncilDocument, taxonomy.IssuerOf(DocumentKinds.CouncilDocument), council);
        }

        if (patterns.SecretaryGeneralMandate.Match(head) is { Success: true } mandate)
        {
            return Found(DocumentKinds.SecretaryGeneralReport, taxonomy.IssuerOf(DocumentKinds.SecretaryGeneralReport), mandate);
        }

        if (patterns.Contribution.Match(head) is { Success: true } contribution)
        {
            return Found(DocumentKinds.Contribution, null, contribution);
        }

        return (DocumentKinds.Other, null);
    }

    private string? DetectSymbol(List<string> header, string kind, string? body, Dictionary<string, string> evidence)
    {
        // Resolutions often print only their number in the title: "75/202. Les technologies..."
        if (kind is DocumentKinds.Resolution or DocumentKinds.Decision &&
            taxonomy.Bodies.FirstOrDefault(b => b.Id == body)?.ResolutionSymbol is { } prefix)
        {
            foreach (var line in header)
            {
                if (ResolutionNumber().Match(line) is { Success: true } number)
                {
                    var symbol = prefix + number.Groups["number"].Value;
                    evidence["symbol"] = $"{body} resolution numbered in its title: {line[..Math.Min(60, line.Length)]}";
                    return symbol;
                }
            }
        }

        // In the header, outside brackets and parentheses: "[sur la base du rapport (A/75/454)]" cites another document.
        foreach (var line in header.Where(h => !h.StartsWith('[')))
        {
            if (patterns.Symbol.Match(line) is { Success: true } match && (match.Index == 0 || line[match.Index - 1] != '('))
            {
                evidence["symbol"] = line;
                return match.Value;
            }
        }

        return null;
    }

    private static DateOnly? DetectDate(List<string> header, Dictionary<string, string> evidence)
    {
        // The adoption date is preferred over the distribution date.
        var lines = header.OrderByDescending(h => h.Contains("adopt", StringComparison.OrdinalIgnoreCase));
        foreach (var line in lines)
        {
            if (FrenchDate().Match(line) is { Success: true } french &&
                Array.IndexOf(FrenchMonths, french.Groups["month"].Value.ToLowerInvariant()) is var month and >= 0)
            {
                evidence["date"] = line;
                return new DateOnly(int.Parse(french.Groups["year"].Value, CultureInfo.InvariantCulture), month + 1,
                    int.Parse(french.Groups["day"].Value, CultureInfo.InvariantCulture));
            }

            if (EnglishDate().Match(line) is { Success: true } english &&
                DateOnly.TryParseExact($"{english.Groups["day"].Value} {english.Groups["month"].Value} {english.Groups["year"].Value}", "d MMMM yyyy",
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                evidence["date"] = line;
                return date;
            }
        }

        return null;
    }

    private static int? DetectYear(string? symbol, DateOnly? date, string? session, string head, string kind, Dictionary<string, string> evidence)
    {
        if (symbol is not null && SymbolYear().Match(symbol) is { Success: true } symbolYear)
        {
            evidence["year"] = $"symbol {symbol}";
            return int.Parse(symbolYear.Value, CultureInfo.InvariantCulture);
        }

        // A contribution sent early in the new year ("Bamako, le 9 janvier 2026") reports on the year its text names
        // ("En 2025, l'Assemblée a adopté..."): a year's contributions come in until the first months of the next.
        if (date is { } sent && kind is DocumentKinds.Contribution or DocumentKinds.Other && sent.Month <= LateContributionMonths
            && MostNamedYear(evidence.TryGetValue("date", out var dateLine) ? head.Replace(dateLine, string.Empty, StringComparison.Ordinal) : head) is { } named
            && named.Year == sent.Year - 1)
        {
            evidence["year"] = $"year named most often in the opening text: {named.Year} ({named.Count} times), of a contribution dated {sent:yyyy-MM-dd}";
            return named.Year;
        }

        if (date is { } d)
        {
            evidence["year"] = $"date {d:yyyy-MM-dd}";
            return d.Year;
        }

        if (session is not null && Year().Match(session) is { Success: true } sessionYear)
        {
            evidence["year"] = $"session {session}";
            return int.Parse(sessionYear.Value, CultureInfo.InvariantCulture);
        }

        if (MostNamedYear(head) is { } counted)
        {
            evidence["year"] = $"year named most often in the opening text: {counted.Year} ({counted.Count} times)";
            return counted.Year;
        }

        return null;
    }

    /// <summary>The months of the new year in which last year's contributions still arrive (the round closes in the first quarter).</summary>
    private const int LateContributionMonths = 3;

    /// <summary>
    /// The year the opening text names most often (ties: the later); plans name future years (2023-2033), so years after
    /// next year are ignored. A financial year written over two years ("2024/25", "2024-25") is the year it ends in, as
    /// "FY2025" is: its report comes when that year closes.
    /// </summary>
    private static (int Year, int Count)? MostNamedYear(string head)
    {
        var horizon = DateTime.UtcNow.Year + 1;
        head = FinancialYear().Replace(head, YearItEndsIn);
        var counted = Year().Matches(head).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Where(y => y <= horizon)
            .GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).FirstOrDefault();
        return counted is null ? null : (counted.Key, counted.Count());
    }

    /// <summary>"2024/25" is 2025; "2025/18" (a resolution's number) is left as it is.</summary>
    private static string YearItEndsIn(Match span)
    {
        var from = int.Parse(span.Groups["from"].Value, CultureInfo.InvariantCulture);
        return int.Parse(span.Groups["to"].Value, CultureInfo.InvariantCulture) == (from + 1) % 100
            ? (from + 1).ToString(CultureInfo.InvariantCulture)
            : span.Value;
    }

    [GeneratedRegex(@"^(?<number>\d{2,4}/\d{1,3})\.\s")]
    private static partial Regex ResolutionNumber();

    [GeneratedRegex(@"(?<=/)(?:19|20)\d{2}\b")]
    private static partial Regex SymbolYear();

    // "FY2025" names its year too: a prefix in capitals does not hide it, a word's small letters or a longer number do.
    [GeneratedRegex(@"(?<![\p{Ll}\d])20[0-4]\d\b")]
    private static partial Regex Year();

    /// <summary>A span of a year and the next one's last two figures: "2024/25", "2024-25", "2024–25".</summary>
    [GeneratedRegex(@"(?<![\p{Ll}\d])(?<from>20[0-4]\d)\s?[/–-]\s?(?<to>\d{2})\b")]
    private static partial Regex FinancialYear();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:er)? (?<month>janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) (?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchDate();

    [GeneratedRegex(@"\b(?<day>\d{1,2}) (?<month>January|February|March|April|May|June|July|August|September|October|November|December) (?<year>(?:19|20)\d{2})\b")]
    private static partial Regex EnglishDate();
}
