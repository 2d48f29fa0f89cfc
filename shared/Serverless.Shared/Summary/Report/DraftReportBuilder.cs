using System.Globalization;
using Serverless.Shared.Entities;

namespace Serverless.Shared.Summary.Report;

/// <summary>
/// Builds the draft report from a year's summary, following the structure of the Secretary-General's report:
/// introduction, major trends, regional level, international level (UNGIS, the organs' mandates, the CSTD,
/// facilitation, civil society and business), one section per action line with a paragraph per entity, conclusions.
/// Sentences taken from sources keep their words; the report adds only who says them, and a note citing the source.
/// </summary>
public sealed class DraftReportBuilder(EntityCatalog entities)
{
    private static readonly string[] Chapters = ["I.", "II.", "III.", "IV.", "V.", "VI."];

    /// <summary>The most contributors the introduction names one by one: about as many as the Secretary-General's report lists.</summary>
    private const int ListedContributors = 40;

    /// <summary>How many it names, of the most documents, when there are more.</summary>
    private const int NamedAmongMany = 10;

    public DraftReport Build(YearSummary summary, string? language = null)
    {
        language = language is "fr" or "en" ? language : summary.Language;
        var context = new ReportContext(summary, language, ReportText.For(language), entities);
        var sections = new List<ReportSection>
        {
            Chapter(context.Text.Introduction, Introduction(context)),
            Chapter(context.Text.Trends, Trends(context)),
            Chapter(context.Text.Regional, [], Regions(context)),
            Chapter(context.Text.International, [], International(context)),
            Chapter(context.Text.ActionLines, [], ActionLines(context)),
            Chapter(context.Text.Conclusions, Conclusions(context)),
        };

        // Chapters are numbered once the empty ones are left out, so the draft reads I, II, III... without a gap.
        var chapters = sections.Where(s => s.SelfAndDescendants().Any(d => d.Paragraphs.Count > 0))
            .Select((s, i) => s with { Heading = $"{Chapters[i]} {s.Heading}" })
            .ToArray();
        return new DraftReport(language, context.Text.Title, context.Format(context.Text.Subtitle, summary.Year), chapters);
    }

    private static List<ReportParagraph> Introduction(ReportContext c)
    {
        var summary = c.Summary;
        var named = summary.Entities.Where(e => e.Entity != SummaryCompiler.UnknownEntity).ToArray();
        var totals = c.TableNote(c.Text.TableTotals);
        var received = Plural.Count(c.Language, summary.Totals.Documents, c.Text.ReceivedDocuments.One, c.Text.ReceivedDocuments.Other);
        var alphabetical = StringComparer.Create(Plural.Culture(c.Language), CompareOptions.IgnoreCase);
        var entityCount = Plural.Count(c.Language, named.Length, c.Text.Entities.One, c.Text.Entities.Other);
        var sentences = new List<ReportSentence>
        {
            // Without a named contributor there is no list to give: the count alone, then who could not be identified.
            // A list longer than a paragraph can carry (a year may bring thousands) gives way to the few that sent the
            // most documents; the summary's table of entities names them all.
            named.Length == 0 ? new(c.Format(c.Text.ContributorsUnnamed, received), totals)
            : named.Length <= ListedContributors
                ? new(c.Format(c.Text.Contributors, received, entityCount, string.Join(", ", named.Select(e => c.EntityName(e.Entity)).Order(alphabetical))), totals)
                : new(c.Format(c.Text.ContributorsMany, received, entityCount, c.Join(named
                    .OrderByDescending(e => e.Documents).ThenByDescending(e => e.Paragraphs).ThenBy(e => c.EntityName(e.Entity), alphabetical)
                    .Take(NamedAmongMany).Select(e => c.EntityName(e.Entity)).Order(alphabetical).ToArray(), ", ")), totals),
        };
        if (summary.Totals.Renditions > 0)
        {
            sentences.Add(new(c.Format(c.Plural(summary.Totals.Renditions, c.Text.RenditionsNote), summary.Totals.Renditions), totals));
        }

        var unknown = summary.Entities.FirstOrDefault(e => e.Entity == SummaryCompiler.UnknownEntity);
        if (unknown is not null)
        {
            sentences.Add(new(c.Format(c.Plural(unknown.Documents, c.Text.UnknownContributors), unknown.Documents), totals));
        }

        return [new ReportParagraph(new ReportSentence(c.Text.Mandate, c.Text.MandateNote)), new ReportParagraph(sentences)];
    }

    private static List<ReportParagraph> Trends(ReportContext c)
    {
        var summary = c.Summary;
        var lines = c.TableNote(c.Text.TableActionLines);
        var top = summary.ActionLines.Where(a => !a.Code.Contains('.'))
            .OrderByDescending(a => a.Paragraphs).ThenBy(a => ActionLineOrder.Key(a.Code))
            .Take(3)
            .Select(a => $"{c.Quoted(c.Name(a.Name, a.NameFr))} ({a.Code}, {c.Count(a.Paragraphs, c.Text.Paragraphs)})")
            .ToArray();
        var paragraphs = new List<ReportParagraph>();
        if (top.Length > 0)
        {
            paragraphs.Add(new(new ReportSentence(c.Format(c.Text.TrendsLead, c.Join(top)), lines)));
        }

        if (summary.Previous is not { } previous)
        {
            paragraphs.Add(new(new ReportSentence(c.Format(c.Text.NoPreviousYear, summary.Year - 1), c.TableNote(c.Text.TableTotals))));
            return paragraphs;
        }

        var changes = new List<ReportSentence>
        {
            new(c.Format(c.Text.TrendTotals, summary.Year - 1, c.Count(previous.Documents, c.Text.Documents), c.Count(summary.Totals.Documents, c.Text.Documents)),
                c.TableNote(c.Text.TableTotals)),
        };
        changes.AddRange(summary.ActionLines
            .Where(a => !a.Code.Contains('.') && a.PreviousParagraphs is not null && a.PreviousParagraphs != a.Paragraphs)
            .OrderByDescending(a => Math.Abs(a.Paragraphs - a.PreviousParagraphs!.Value)).ThenBy(a => ActionLineOrder.Key(a.Code))
            .Take(3)
            .Select(a => new ReportSentence(c.Format(c.Text.TrendLine, c.Text.Paragraphs.Other, c.Quoted(c.Name(a.Name, a.NameFr)), a.Code,
                a.PreviousParagraphs, summary.Year - 1, a.Paragraphs, summary.Year), lines)));
        changes.AddRange(summary.Regions
            .Where(r => r.PreviousParagraphs is not null && r.PreviousParagraphs != r.Paragraphs)
            .OrderByDescending(r => Math.Abs(r.Paragraphs - r.PreviousParagraphs!.Value))
            .Take(2)
            .Select(r => new ReportSentence(c.Format(c.Text.TrendRegion, c.Text.Paragraphs.Other, c.Name(r.Name, r.NameFr),
                r.PreviousParagraphs, summary.Year - 1, r.Paragraphs, summary.Year), c.TableNote(c.Text.TableRegions))));
        paragraphs.Add(new ReportParagraph(changes));
        return paragraphs;
    }

    private static ReportSection[] Regions(ReportContext c) =>
        c.Summary.Regions
            .Where(r => r.Contributions is { Count: > 0 })
            // One paragraph per entity, as under the action lines: a reader follows one contributor at a time.
            .Select(r => (Region: r, Paragraphs: Paragraphs(c, r.Contributions!)))
            .Where(r => r.Paragraphs.Length > 0)
            .Select((r, i) => new ReportSection(2, $"{Letter(i)}. {c.Name(r.Region.Name, r.Region.NameFr)}", r.Paragraphs, []))
            .ToArray();

    /// <summary>One paragraph per entity, its statements in the draft's language where the contribution gives both.</summary>
    private static ReportParagraph[] Paragraphs(ReportContext c, IEnumerable<EntityContribution> contributions) =>
        contributions.Select(e => new ReportParagraph(c.Sentences(e.Statements, e.Entity))).Where(p => p.Sentences.Count > 0).ToArray();

    private static ReportSection[] International(ReportContext c)
    {
        var parts = new List<(string Heading, List<ReportParagraph> Paragraphs)>();
        void Topic(string id)
        {
            if (c.Summary.International?.FirstOrDefault(t => t.Id == id) is { Statements.Count: > 0 } topic)
            {
                var sentences = topic.Statements.Where(s => !c.IsTranslation(s)).Select(s => c.Sentence(s, s.Entity)).ToArray();
                if (sentences.Length > 0)
                {
                    parts.Add((c.Name(topic.Name, topic.NameFr), [new ReportParagraph(sentences)]));
                }
            }
        }

        Topic("UNGIS");
        var organs = c.Summary.Bodies.Where(b => b.Mandates is { Count: > 0 })
            .Select(b => new ReportParagraph(b.Mandates!.Select(m => c.Mandate(m, b.Id)).ToArray()))
            .ToList();
        if (organs.Count > 0)
        {
            parts.Add((c.Text.Mandates, organs));
        }

        Topic("CSTD");
        Topic("FACILITATION");
        Topic("CIVIL-SOCIETY-BUSINESS");
        return parts.Select((p, i) => new ReportSection(2, $"{Letter(i)}. {p.Heading}", p.Paragraphs, [])).ToArray();
    }

    private static ReportSection[] ActionLines(ReportContext c)
    {
        ReportSection Line(ActionLineSummary line, int level, string heading)
        {
            var paragraphs = Paragraphs(c, line.Contributions ?? []).ToList();
            // A parent line (C7) is reported through its sub-lines (C7.1..C7.8: the taxonomy's codes under it).
            var subLineCodes = line.Code + ".";
            var own = c.Summary.ActionLines.Any(a => a.Code.StartsWith(subLineCodes, StringComparison.Ordinal)) ? 0 : line.Paragraphs;
            // A line whose statements were all translations of ones quoted elsewhere (a bilingual contribution's other
            // part, labelled another line) says nothing of itself: its activities are in that part's section.
            if (paragraphs.Count == 0 && own > 0 && line.Contributions is not { Count: > 0 })
            {
                var sentence = line.Activities > 0 ? c.Text.ReportedElsewhere : c.Format(c.Plural(line.Paragraphs, c.Text.NoActivity), c.Number(line.Paragraphs));
                paragraphs.Add(new(new ReportSentence(sentence, c.TableNote(c.Text.TableActionLines))));
            }

            var subLines = c.Summary.ActionLines.Where(a => a.Code.StartsWith(subLineCodes, StringComparison.Ordinal))
                .Select(a => Line(a, level + 1, c.Name(a.Name, a.NameFr)))
                .Where(s => s.Paragraphs.Count > 0)
                .ToArray();
            return new ReportSection(level, heading, paragraphs, subLines);
        }

        return c.Summary.ActionLines.Where(a => !a.Code.Contains('.'))
            .Select(a => Line(a, 2, $"{c.Name(a.Name, a.NameFr)} ({a.Code})"))
            .Where(s => s.SelfAndDescendants().Any(d => d.Paragraphs.Count > 0))
            .ToArray();
    }

    private static List<ReportParagraph> Conclusions(ReportContext c)
    {
        var lines = c.Summary.ActionLines.Where(a => !a.Code.Contains('.')).ToArray();
        var note = c.TableNote(c.Text.TableActionLines);
        var paragraphs = new List<ReportParagraph>();
        if (lines.Length > 0)
        {
            string Describe(ActionLineSummary a) => $"{c.Quoted(c.Name(a.Name, a.NameFr))} ({a.Code}, {c.Count(a.Paragraphs, c.Text.Paragraphs)})";
            var most = lines.OrderByDescending(a => a.Paragraphs).ThenBy(a => ActionLineOrder.Key(a.Code)).Take(2).ToArray();
            var least = lines.Except(most).OrderBy(a => a.Paragraphs).ThenBy(a => ActionLineOrder.Key(a.Code)).Take(2).ToArray();
            var sentences = new List<ReportSentence> { new(c.Format(c.Text.MostActivity, c.Join(most.Select(Describe).ToArray())), note) };
            if (least.Length > 0)
            {
                sentences.Add(new(c.Format(c.Text.LeastActivity, c.Join(least.Select(Describe).ToArray())), note));
            }

            paragraphs.Add(new ReportParagraph(sentences));
        }

        var requests = c.Summary.RequestsToSecretaryGeneral
            .Where(r => r.Action is not null && r.Verb is not null)
            .DistinctBy(r => (r.Source.DocumentId, r.Source.ParagraphIndex, r.Action))
            .Select(c.Request)
            .ToArray();
        paragraphs.Add(requests.Length > 0
            ? new ReportParagraph(requests)
            : new ReportParagraph(new ReportSentence(c.Text.NoRequests, c.TableNote(c.Text.TableRequests))));
        return paragraphs;
    }

    private static ReportSection Chapter(string heading, IReadOnlyList<ReportParagraph> paragraphs, IReadOnlyList<ReportSection>? subsections = null) =>
        new(1, heading, paragraphs, subsections ?? []);

    private static string Letter(int index) => ((char)('A' + index)).ToString();
}
