using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Serverless.Shared.Classification;

/// <summary>
/// Turns phrase matches into action-line labels: each term adds its weight (a term counts at most
/// <see cref="ClassifierOptions.MaxOccurrencesPerTerm"/> times), an enclosing heading that names a line adds
/// <see cref="ClassifierOptions.SectionWeight"/>, and only lines above <see cref="ClassifierOptions.MinScore"/>
/// and close enough to the best one are kept, so a paragraph without a clear signal gets none.
/// </summary>
internal sealed partial class ActionLineScorer(TaxonomyLexicon lexicon, ClassifierOptions options)
{
    private readonly HashSet<string> _codes = lexicon.Taxonomy.ActionLines.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>Sub-line → its line (<c>C7.4</c> → <c>C7</c>).</summary>
    private readonly Dictionary<string, string> _parents = lexicon.Taxonomy.ActionLines
        .Where(a => a.Parent is not null)
        .ToDictionary(a => a.Code, a => a.Parent!, StringComparer.Ordinal);

    private readonly string[] _linesWithSubLines = lexicon.Taxonomy.ActionLines
        .Where(a => a.Parent is not null).Select(a => a.Parent!).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The last heading each thread read and the line it names (<see cref="RememberedSectionLine"/>): per thread, since
    /// threads labelling batches side by side each read their own run of paragraphs, and one memo shared between them
    /// was overwritten by the other's heading at nearly every paragraph.
    /// </summary>
    private readonly ThreadLocal<SectionMemo?> _lastSection = new();

    /// <summary>What the lexicon and the heading say for each action line, before any threshold; null when nothing.</summary>
    public Dictionary<string, ActionLineTally>? Tally(
        PhraseMatcher<LexiconEntry> matcher, string text, List<TextToken> tokens, List<PhraseMatch> matches, string? section)
    {
        Dictionary<string, ActionLineTally>? tallies = null;
        var codeList = CodeMentions.ListAtLeast(options.CodeListLength, matcher, text, tokens, matches);

        // In a list of codes, "C5 (Établir la confiance...)": what the parentheses after a code hold is its line's name.
        var glossEnd = -1;
        foreach (var match in matches)
        {
            var start = tokens[match.FirstToken].Start;
            if (start < glossEnd)
            {
                continue;
            }

            foreach (var entry in matcher.EntriesOf(match.Node))
            {
                if (entry.Kind != LexiconEntryKind.ActionLine || (CodeMentions.IsCode(entry) && CodeMentions.IsCouncilSession(text, start)))
                {
                    continue;
                }

                if (codeList && (CodeMentions.IsCode(entry) || entry.IsName))
                {
                    glossEnd = CodeMentions.IsCode(entry) ? CodeMentions.GlossEnd(text, tokens[match.LastToken].End) : glossEnd;
                    continue;
                }

                tallies ??= new Dictionary<string, ActionLineTally>(StringComparer.Ordinal);
                if (!tallies.TryGetValue(entry.Target, out var tally))
                {
                    tally = tallies[entry.Target] = new ActionLineTally();
                }

                tally.Add(entry.Term, entry.Weight, options.MaxOccurrencesPerTerm, match.FirstToken);
            }
        }

        if (section is not null && RememberedSectionLine(section, matcher) is { Line: { } inherited } heading)
        {
            tallies ??= new Dictionary<string, ActionLineTally>(StringComparer.Ordinal);
            if (!tallies.TryGetValue(inherited, out var tally))
            {
                tally = tallies[inherited] = new ActionLineTally();
            }

            tally.AddContext(heading.Evidence!, options.SectionWeight);
        }

        if (tallies is not null)
        {
            DropParentsOfSubLines(tallies);
            GatherSpreadSubLines(tallies);
        }

        return tallies;
    }

    /// <summary>The lines whose score clears the thresholds, best first.</summary>
    public IReadOnlyList<ActionLineLabel> Rank(Dictionary<string, ActionLineTally>? tallies, int wordCount)
    {
        if (tallies is null)
        {
            return [];
        }

        var minScore = options.MinScore + (wordCount > options.LongParagraphWords ? options.LongParagraphExtraScore : 0);
        var ranked = new List<KeyValuePair<string, ActionLineTally>>(tallies.Count);
        foreach (var tally in tallies)
        {
            if (tally.Value.Score >= minScore)
            {
                ranked.Add(tally);
            }
        }

        if (ranked.Count == 0)
        {
            return [];
        }

        // Best score first, then more specific terms, then named earlier, then by code: a total order, so the sort
        // needs no stability.
        ranked.Sort(static (a, b) =>
        {
            var order = b.Value.Score.CompareTo(a.Value.Score);
            order = order != 0 ? order : b.Value.KeyHits.CompareTo(a.Value.KeyHits);
            order = order != 0 ? order : a.Value.FirstPosition.CompareTo(b.Value.FirstPosition);
            return order != 0 ? order : string.CompareOrdinal(a.Key, b.Key);
        });
        var top = ranked[0].Value.Score;
        var labels = new List<ActionLineLabel>(Math.Min(ranked.Count, options.MaxLabels));
        for (var i = 0; i < ranked.Count && labels.Count < options.MaxLabels; i++)
        {
            var (code, tally) = ranked[i];
            if (i == 0 || (tally.Score >= top * options.SecondaryRatio && tally.Score >= options.SecondaryMinScore))
            {
                labels.Add(new ActionLineLabel(code, Math.Round(tally.Score, 2), FirstEvidence(tally)));
            }
        }

        return labels.ToArray();
    }

    /// <summary>The line that scored most, as a label, whatever the thresholds say; null when nothing scored.</summary>
    public ActionLineLabel? Best(Dictionary<string, ActionLineTally>? tallies)
    {
        if (tallies is null || tallies.Count == 0)
        {
            return null;
        }

        // Highest score, then named first, then by code: codes are unique, so this is the order's first whatever the
        // dictionary's.
        string? code = null;
        ActionLineTally? best = null;
        foreach (var (candidate, tally) in tallies)
        {
            if (best is null || tally.Score > best.Score ||
                (tally.Score == best.Score && (tally.FirstPosition < best.FirstPosition ||
                    (tally.FirstPosition == best.FirstPosition && string.CompareOrdinal(candidate, code) < 0))))
            {
                (code, best) = (candidate, tally);
            }
        }

        return new ActionLineLabel(code!, Math.Round(best!.Score, 2), FirstEvidence(best));
    }

    private string[] FirstEvidence(ActionLineTally tally) =>
        CollectionsMarshal.AsSpan(tally.Evidence)[..Math.Min(tally.Evidence.Count, Math.Max(0, options.MaxEvidence))].ToArray();

    /// <summary>A paragraph on e-health is C7.4, not C7 as well: a line goes when one of its sub-lines is found.</summary>
    private void DropParentsOfSubLines(Dictionary<string, ActionLineTally> tallies)
    {
        List<string>? parents = null;
        foreach (var code in tallies.Keys)
        {
            if (_parents.TryGetValue(code, out var parent) && tallies.ContainsKey(parent))
            {
                (parents ??= []).Add(parent);
            }
        }

        if (parents is null)
        {
            return;
        }

        foreach (var parent in parents)
        {
            tallies.Remove(parent);
        }
    }

    /// <summary>
    /// A paragraph touching <see cref="ClassifierOptions.SpreadSubLines"/> sub-lines of one line or more, each by
    /// ordinary terms only ("les services publics, les entreprises et l'emploi"), is about the line as a whole: C7,
    /// "ICT applications: benefits in all aspects of life", rather than any one of its fields.
    /// </summary>
    private void GatherSpreadSubLines(Dictionary<string, ActionLineTally> tallies)
    {
        if (options.SpreadSubLines <= 0 || tallies.Count < options.SpreadSubLines)
        {
            return;
        }

        foreach (var parent in _linesWithSubLines)
        {
            var touched = 0;
            var specific = false;
            foreach (var (code, tally) in tallies)
            {
                if (_parents.TryGetValue(code, out var p) && p == parent)
                {
                    touched++;
                    specific |= tally.KeyHits > 0;
                }
            }

            if (touched < options.SpreadSubLines || specific)
            {
                continue;
            }

            var subLines = tallies.Where(t => _parents.TryGetValue(t.Key, out var p) && p == parent).OrderBy(t => t.Value.FirstPosition).ToArray();
            var line = tallies[parent] = new ActionLineTally();
            foreach (var (code, tally) in subLines)
            {
                line.Absorb(tally);
                tallies.Remove(code);
            }
        }
    }

    /// <summary>
    /// <see cref="SectionLine"/>, remembered for the last heading this thread read: a document's paragraphs come in
    /// order, so most share the heading of the one before. A heading read again gives the same line whoever
    /// remembered it.
    /// </summary>
    private SectionMemo RememberedSectionLine(string section, PhraseMatcher<LexiconEntry> matcher)
    {
        var last = _lastSection.Value;
        if (last is not null && ReferenceEquals(last.Matcher, matcher) && string.Equals(last.Section, section, StringComparison.Ordinal))
        {
            return last;
        }

        var line = SectionLine(section, matcher);
        var memo = new SectionMemo(section, matcher, line, line is null ? null : $"section: {section.Trim()}");
        _lastSection.Value = memo;
        return memo;
    }

    /// <summary>A heading, the line it names, and the evidence that says so.</summary>
    private sealed record SectionMemo(string Section, PhraseMatcher<LexiconEntry> Matcher, string? Line, string? Evidence);

    /// <summary>
    /// The action line a heading names: by code (<c>b) Infrastructure ... (C2)</c>, <c>Action line C7.4: E-health</c>,
    /// <c>C2. Information ...</c>; exactly one code, so <c>C1 and C2</c> gives none) or by being the line's own name
    /// (<c>Cybersanté</c>, <c>E-health</c>).
    /// </summary>
    public string? SectionLine(string section, PhraseMatcher<LexiconEntry> matcher)
    {
        if (CodeInParentheses().Match(section) is { Success: true } m && _codes.Contains(m.Groups["code"].Value))
        {
            return m.Groups["code"].Value;
        }

        var named = CodeInHeading().Matches(section).Select(c => c.Groups["code"].Value).Where(_codes.Contains).Distinct().ToArray();
        if (named.Length == 1)
        {
            return named[0];
        }

        var tokens = new List<TextToken>();
        matcher.Tokenise(ParagraphOpening.Of(section).Body, tokens);
        if (tokens.Count == 0 || tokens.Count > 20)
        {
            return null;
        }

        var matches = new List<PhraseMatch>();
        matcher.Match(tokens, matches);
        foreach (var match in matches)
        {
            foreach (var entry in matcher.EntriesOf(match.Node))
            {
                // The name must be most of the heading, so "Financement de l'infrastructure" does not count as C2.
                if (entry is { Kind: LexiconEntryKind.ActionLine, IsName: true } &&
                    match.LastToken - match.FirstToken + 1 >= Math.Max(1, (int)Math.Ceiling(tokens.Count * 0.6)))
                {
                    return entry.Target;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\((?<code>C\d{1,2}(?:\.\d)?)\)")]
    private static partial Regex CodeInParentheses();

    /// <summary>A code standing as a word: not part of a symbol such as <c>C25/45</c> or a word such as <c>C2C</c>.</summary>
    [GeneratedRegex(@"(?<![\w/.])(?<code>C\d{1,2}(?:\.\d)?)(?![\w/]|\.\d)")]
    private static partial Regex CodeInHeading();
}
