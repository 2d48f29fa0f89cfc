using System.Text.RegularExpressions;
using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Classification;

/// <summary>
/// A first classifier from the taxonomy's terms: every term found is evidence for its action line; a heading
/// that names an action line code passes it on to its paragraphs; bodies come from names and symbols.
/// </summary>
public sealed partial class LexiconClassifier : IParagraphClassifier
{
    private readonly Taxonomy _taxonomy;
    private readonly (string Code, string Term, string Folded)[] _actionLineTerms;
    private readonly (string Id, string Folded)[] _bodyAliases;
    private readonly (string Id, Regex Pattern)[] _bodySymbols;
    private readonly (string Id, string Folded)[] _addresseeTerms;

    public LexiconClassifier(Taxonomy taxonomy)
    {
        _taxonomy = taxonomy;
        _actionLineTerms = taxonomy.ActionLines
            .SelectMany(a => a.Terms.Values.SelectMany(t => t).Append(a.En).Append(a.Fr).Select(t => (a.Code, t, TextNormaliser.Fold(t))))
            .ToArray();
        _bodyAliases = taxonomy.Bodies.SelectMany(b => b.Aliases.Select(a => (b.Id, TextNormaliser.Fold(a)))).ToArray();
        _bodySymbols = taxonomy.Bodies
            .SelectMany(b => b.SymbolPatterns.Select(p => (b.Id, new Regex(p, RegexOptions.CultureInvariant))))
            .ToArray();
        _addresseeTerms = taxonomy.Addressees.SelectMany(a => a.Terms.Select(t => (a.Id, TextNormaliser.Fold(t)))).ToArray();
    }

    public ParagraphLabels Classify(ClassificationRequest request)
    {
        var folded = TextNormaliser.Fold(request.Text);
        var actionLines = ScoreActionLines(folded, request.Section);
        var bodies = FindBodies(request.Text, folded, request.DocumentBody, request.Kind);
        var addressees = _addresseeTerms.Where(t => folded.Contains(t.Folded, StringComparison.Ordinal))
            .Select(t => t.Id).Distinct().ToArray();
        return new ParagraphLabels(actionLines, bodies, addressees, request.Kind ?? ParagraphKind.Paragraph);
    }

    private List<ActionLineLabel> ScoreActionLines(string folded, string? section)
    {
        var evidence = new Dictionary<string, List<string>>();
        foreach (var (code, term, foldedTerm) in _actionLineTerms)
        {
            if (folded.Contains(foldedTerm, StringComparison.Ordinal))
            {
                (evidence.TryGetValue(code, out var list) ? list : evidence[code] = []).Add(term);
            }
        }

        if (section is not null && ActionLineCode().Match(section) is { Success: true } heading &&
            _taxonomy.ActionLines.Any(a => a.Code == heading.Groups["code"].Value))
        {
            var code = heading.Groups["code"].Value;
            (evidence.TryGetValue(code, out var list) ? list : evidence[code] = []).Insert(0, $"section heading: {section}");
        }

        return evidence
            .Select(e => new ActionLineLabel(e.Key, e.Value.Count + (e.Value[0].StartsWith("section heading", StringComparison.Ordinal) ? 2 : 0), e.Value))
            .OrderByDescending(l => l.Score)
            .ThenBy(l => l.Code, StringComparer.Ordinal)
            .ToList();
    }

    private string[] FindBodies(string text, string folded, string? documentBody, ParagraphKind? kind)
    {
        var bodies = new List<string>();
        if (documentBody is not null && kind == ParagraphKind.Operative)
        {
            bodies.Add(documentBody);
        }

        bodies.AddRange(_bodyAliases.Where(a => folded.Contains(a.Folded, StringComparison.Ordinal)).Select(a => a.Id));
        bodies.AddRange(_bodySymbols.Where(s => s.Pattern.IsMatch(text)).Select(s => s.Id));
        return bodies.Distinct().ToArray();
    }

    [GeneratedRegex(@"\((?<code>C\d{1,2}(?:\.\d)?)\)")]
    private static partial Regex ActionLineCode();
}
