using System.Text.RegularExpressions;
using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// Takes from a source unit the sentences worth a drafter's time, word for word and in their order: the whole unit
/// when it is short, else its most informative sentences up to a length a report paragraph can carry.
/// </summary>
public static partial class StatementExtractor
{
    public const int MaxLength = 520;
    private const double RequestWeight = 5;

    public static Statement? Extract(SourceUnit unit, string? entity = null, string material = Statement.Activity)
    {
        var text = WithoutMarks(StripActionLineLabel(unit.Text.Trim()));
        if (material == Statement.Activity)
        {
            text = StripRunInHeading(text);
        }

        if (material == Statement.Activity)
        {
            text = ListClause(unit, text);
        }

        if (IsFragment(unit, text))
        {
            return null;
        }

        // "This note summarises the activities..." beside a sentence about the entity: only the latter is material.
        var sentencesOfUnit = SentenceSplitter.Split(text);
        if (sentencesOfUnit.Count > 1 && sentencesOfUnit.Any(Informativeness.IsCoveringNote))
        {
            text = string.Join(" ", sentencesOfUnit.Where(s => !Informativeness.IsCoveringNote(s)));
            if (text.Length == 0)
            {
                return null;
            }
        }

        // "UNCTAD published... It will launch in 2026...": what was done is quoted, not what is planned; a paragraph left
        // with its plan alone once its covering note is set aside ("This contribution contains forward-looking
        // statements. In FY2026 Safaricom plans to...") reports nothing done.
        if (material == Statement.Activity && SentenceSplitter.Split(text) is var parts && parts.Any(s => PlannedWork.Default.IsPlan(s) || LiteratureCitations.Cites(s)))
        {
            // Nor what the literature it cites found ("... (ITU, 2025).").
            var done = parts.Where(s => !PlannedWork.Default.IsPlan(s) && !LiteratureCitations.Cites(s)).ToArray();
            if (done.Length == 0)
            {
                return null;
            }

            text = string.Join(" ", done);
        }

        if (text.Length > MaxLength)
        {
            var sentences = SentenceSplitter.Split(text).Select((s, i) => (Text: s, Index: i, Score: Informativeness.Score(s))).ToArray();
            var kept = new List<(string Text, int Index)>();
            var length = 0;
            foreach (var sentence in sentences.Where(s => s.Score > 0).OrderByDescending(s => s.Score).ThenBy(s => s.Index))
            {
                if (length + sentence.Text.Length > MaxLength && kept.Count > 0)
                {
                    continue;
                }

                kept.Add((sentence.Text, sentence.Index));
                length += sentence.Text.Length + 1;
            }

            text = string.Join(" ", kept.OrderBy(k => k.Index).Select(k => k.Text));
            if (text.Length > MaxLength * 2)
            {
                // One very long sentence: a drafter gets its start and the citation to read the rest.
                text = ShortenedText.AtWord(text, MaxLength) + " […]";
            }
        }

        // A clause of a resolution ends on a semicolon; quoted alone, it is a sentence. So is a sentence that ends on a
        // colon whose list did not come with it (its items were read as paragraphs of their own, or the source's colon
        // announces nothing): quoted as it stands, it promises words the quote does not give.
        if (text.EndsWith(';') || text.EndsWith(':'))
        {
            text = text[..^1].TrimEnd() + ".";
        }

        var weight = Informativeness.Score(text);
        if (material == Statement.Mandate && unit.Paragraph.Addressees.Count > 0)
        {
            // A mandate that asks someone to act says more than one that recalls or notes.
            weight += RequestWeight;
        }

        return weight <= 0 ? null : new Statement(entity ?? unit.Entity, text, StatementLanguage.Of(text, unit.Document.Language), Math.Round(weight, 3), Cite(unit), material);
    }

    /// <summary>
    /// "en 2025, le REFRAM a adopté à Lausanne une déclaration ... ;": a contribution's bullet written as a clause of the
    /// sentence that introduces the list ("Voici ses principales réalisations en 2025 :"), in small letters and closed by
    /// a semicolon or a full stop, is a sentence of its own once it opens on a capital and ends on a full stop. A short
    /// one ("accès universel ;") stays a fragment.
    /// </summary>
    private static string ListClause(SourceUnit unit, string text) =>
        unit.Paragraph.Kind == "list-item" && text.Length > 0 && char.IsLower(text[0]) && (text.EndsWith(';') || text.EndsWith('.'))
            && Words().Count(text) >= ListClauseWords
            ? char.ToUpperInvariant(text[0]) + text[1..^1].TrimEnd() + "."
            : text;

    private const int ListClauseWords = 8;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    /// <summary>
    /// Part of a sentence, not one: a list item that is not a whole sentence, or text that opens in lower case or stops
    /// on a comma (the items of a resolution's long "considering" lists). Such units are counted, never quoted alone. A
    /// contribution's bullet that is a sentence of its own ("We set up eleven community networks...") is a statement.
    /// </summary>
    private static bool IsFragment(SourceUnit unit, string text) =>
        (unit.Paragraph.Kind == "list-item" && !IsWholeSentence(text)) || text.Length == 0 || char.IsLower(text[0]) || text.EndsWith(',') || QuotedDeclaration(unit, text);

    private static bool IsWholeSentence(string text) => text.Length > 0 && char.IsUpper(text[0]) && text[^1] is '.' or '!' or '?';

    /// <summary>
    /// "Nous demandons...", "We recognize...": in a resolution, a Council document or the Secretary-General's report,
    /// first-person text is a declaration the document quotes (a summit's outcome), not something its author did. In a
    /// contribution, or a document of no known kind (a letter, a web page, a note without the word "contribution"),
    /// "we" is the contributor.
    /// </summary>
    private static bool QuotedDeclaration(SourceUnit unit, string text) =>
        unit.Document.Kind is not (Segmentation.DocumentKinds.Contribution or Segmentation.DocumentKinds.Other)
        && (text.StartsWith("Nous ", StringComparison.Ordinal) || text.StartsWith("We ", StringComparison.Ordinal));

    /// <summary>
    /// Drops a contribution's own label before its text ("Grande orientation C2 : la CEA a aidé..." reads "La CEA a
    /// aidé..."): the report's section already says the action line.
    /// </summary>
    private static string StripActionLineLabel(string text)
    {
        var label = ActionLineLabel().Match(text);
        if (!label.Success || label.Length >= text.Length)
        {
            return text;
        }

        var rest = text[label.Length..];
        return char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    /// <summary>
    /// Drops a heading run into its paragraph ("Couverture : en 2025, la couverture 4G atteint...", "Connectivity. Under
    /// the ASEAN Digital Masterplan, the Secretariat..."): a few words that say the subject, before a colon or a full
    /// stop (four words at most), then a sentence. The report's section already says the subject, and the quote reads as a sentence. A
    /// heading before a full stop is short (three words at most, five letters at least: never "Dr." or "No.").
    /// </summary>
    private static string StripRunInHeading(string text)
    {
        var heading = ColonHeading().Match(text) is { Success: true } colon ? colon
            : StopHeading().Match(text) is { Success: true } stop && stop.Value.Count(char.IsLetter) >= 5 ? stop
            : null;
        if (heading is null || text[heading.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinWordsAfterHeading)
        {
            return text;
        }

        var rest = text[heading.Length..];
        return char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    /// <summary>A sentence after a run-in heading: a heading before two or three words is a label and its value ("Contact: Jane Doe").</summary>
    private const int MinWordsAfterHeading = 6;

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}\s?:\s+(?=\p{L}{2})")]
    private static partial Regex ColonHeading();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}\.\s+(?=\p{Lu}[\p{L}'’])")]
    private static partial Regex StopHeading();

    /// <summary>
    /// The marks of the page, not of the sentence: a list item's own number before it ("1) Le RAEIT a créé...", cited in
    /// the footnote instead) and footnote calls in brackets ("... pour les petits exploitants [1].").
    /// </summary>
    private static string WithoutMarks(string text)
    {
        var marker = ListMarker().Match(text);
        if (marker.Success && marker.Length < text.Length)
        {
            text = text[marker.Length..];
        }

        return FootnoteCall().Replace(text, "");
    }

    [GeneratedRegex(@"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+(?=\p{Lu})")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\s?\[\d{1,3}\](?=[\s.,;:!?)]|$)")]
    private static partial Regex FootnoteCall();

    [GeneratedRegex(@"^(?:action line|grande orientation|ligne d'action)\s+C\d+(?:\.\d)?\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActionLineLabel();

    public static ParagraphCitation Cite(SourceUnit unit) => new(
        unit.Document.Id,
        unit.Document.FileName,
        unit.Document.Entity,
        unit.Document.Symbol,
        unit.Paragraph.Index,
        unit.Number,
        "",
        DocumentTitle.Of(unit.Document),
        unit.Document.Kind,
        unit.Document.Language);
}
