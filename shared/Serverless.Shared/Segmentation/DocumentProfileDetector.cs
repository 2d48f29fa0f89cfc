using System.Text.RegularExpressions;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Detects what a document is from its first paragraphs: language (function-word counts), UN symbol,
/// year, kind and issuing body, each with the text that decided it.
/// </summary>
public sealed partial class DocumentProfileDetector
{
    private static readonly HashSet<string> FrenchWords =
        ["le", "la", "les", "des", "du", "et", "en", "une", "est", "dans", "pour", "sur", "qui", "au", "aux", "que", "par", "ses"];

    private static readonly HashSet<string> EnglishWords =
        ["the", "and", "of", "to", "in", "is", "for", "on", "that", "by", "with", "its", "as", "are", "be", "this", "from"];

    public DocumentProfile Detect(IReadOnlyList<Paragraph> paragraphs)
    {
        var evidence = new Dictionary<string, string>();
        var head = string.Join('\n', paragraphs.Take(40).Select(p => p.Text));
        var language = DetectLanguage(paragraphs.Take(200).Select(p => p.Text), evidence);

        string? symbol = null;
        if (Symbol().Match(head) is { Success: true } symbolMatch)
        {
            symbol = symbolMatch.Value;
            evidence["symbol"] = symbolMatch.Value;
        }

        int? year = null;
        if (symbol is not null && SymbolYear().Match(symbol) is { Success: true } symbolYear)
        {
            year = int.Parse(symbolYear.Value);
            evidence["year"] = $"symbol {symbol}";
        }
        else if (Year().Matches(head).Select(m => int.Parse(m.Value)).DefaultIfEmpty().Max() is var latest and > 0)
        {
            year = latest;
            evidence["year"] = $"latest year named in the opening text: {latest}";
        }

        var (kind, issuingBody) = DetectKind(head, symbol, evidence);
        return new DocumentProfile(language, kind, symbol, year, issuingBody, evidence);
    }

    private static string DetectLanguage(IEnumerable<string> texts, Dictionary<string, string> evidence)
    {
        int french = 0, english = 0;
        foreach (var text in texts)
        {
            foreach (var word in Words().EnumerateMatches(text))
            {
                var token = text.Substring(word.Index, word.Length).ToLowerInvariant();
                french += FrenchWords.Contains(token) ? 1 : 0;
                english += EnglishWords.Contains(token) ? 1 : 0;
            }
        }

        if (french + english < 5)
        {
            return "und";
        }

        evidence["language"] = $"function words: {french} French, {english} English";
        return french >= english ? "fr" : "en";
    }

    private static (string Kind, string? IssuingBody) DetectKind(string head, string? symbol, Dictionary<string, string> evidence)
    {
        (string, string?) Found(string kind, string? body, string why)
        {
            evidence["kind"] = why;
            return (kind, body);
        }

        return symbol switch
        {
            not null when symbol.StartsWith("A/RES/", StringComparison.Ordinal) => Found(DocumentKinds.Resolution, "GA", $"symbol {symbol}"),
            not null when symbol.StartsWith("E/RES/", StringComparison.Ordinal) => Found(DocumentKinds.Resolution, "ECOSOC", $"symbol {symbol}"),
            not null when symbol.StartsWith('C') => Found(DocumentKinds.CouncilDocument, "ITU-COUNCIL", $"symbol {symbol}"),
            _ when SecretaryGeneralReport().Match(head) is { Success: true } m => Found(DocumentKinds.SecretaryGeneralReport, "SG", m.Value),
            not null when symbol.StartsWith("A/", StringComparison.Ordinal) => Found(DocumentKinds.SecretaryGeneralReport, "SG", $"symbol {symbol}"),
            _ => (DocumentKinds.Other, null),
        };
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:A/RES/\d{2}/\d{1,3}|E/RES/\d{4}/\d{1,3}|A/\d{2}/\d{1,3}(?:-E/\d{4}/\d{1,3})?|E/CN\.16/\d{4}/\d+|C\d{2}/\d+(?:-[FE])?)\b")]
    private static partial Regex Symbol();

    [GeneratedRegex(@"(?<=/)(?:19|20)\d{2}\b")]
    private static partial Regex SymbolYear();

    [GeneratedRegex(@"\b20[0-4]\d\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"Rapport du Secrétaire général|Report of the Secretary-General", RegexOptions.IgnoreCase)]
    private static partial Regex SecretaryGeneralReport();
}
