using System.Security.Cryptography;
using System.Text.Json;
using Serverless.Shared.Classification;
using Serverless.Shared.Classification.Model;
using Serverless.Shared.Entities;
using Serverless.Shared.Summary.Synthesis;

namespace Serverless.Shared.Summary;

/// <summary>
/// Aggregates a year's classified documents into a <see cref="YearSummary"/>. Pure: the same documents give the
/// same summary and the same <see cref="YearSummary.Version"/> (a hash of the content, compile time excluded).
/// One pass over the paragraphs per aggregate: linear in the year's size. Another rendition of a contribution (its PDF
/// beside its DOCX) is left out, and headings never count as paragraphs.
/// </summary>
public sealed class SummaryCompiler(Taxonomy taxonomy, RegionCatalog regions, EntityCatalog entityCatalog, TopicCatalog topics)
{
    private readonly SourceUnitReader _units = new(entityCatalog, taxonomy);
    private readonly ContributionSynthesiser _synthesiser = new(taxonomy, entityCatalog, regions, topics);
    private readonly ContributorSubject _subjects = new(LanguageCatalog.Default);

    public const string UnknownEntity = "(unknown)";
    private const int DistinctiveTermCount = 5;

    public YearSummary Compile(int year, IReadOnlyList<SummaryDocument> received, YearSummary? previousYear, DateTimeOffset compiledAt)
    {
        var ids = received.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var documents = received.Where(d => d.RenditionOf is null || !ids.Contains(d.RenditionOf)).ToArray();
        var units = documents.SelectMany(_units.Read).ToArray();
        // A paragraph a document repeats word for word (a boilerplate block pasted in each section, or 3,000 times) is
        // one statement of its contributor: counted once, it weighs in the lines' counts as the document means it.
        var paragraphs = documents
            .SelectMany(d => d.Paragraphs
                .Where(p => _units.MaterialOf(d, p) != MaterialKind.Heading)
                .DistinctBy(p => p.Text, StringComparer.Ordinal)
                .Select(p => (Document: d, Paragraph: p)))
            .ToArray();
        var totals = Totals(documents, paragraphs.Length, paragraphs.Count(x => x.Paragraph.ActionLines.Count > 0)) with { Renditions = received.Count - documents.Length };
        var synthesis = _synthesiser.Synthesise(units);
        var language = totals.Languages.Where(l => l.Key is "fr" or "en").OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => l.Key).FirstOrDefault() ?? "en";

        var actionLines = taxonomy.ActionLines
            .Select(line => ActionLine(line, paragraphs, previousYear) with
            {
                Contributions = synthesis.ActionLines.GetValueOrDefault(line.Code) ?? [],
                Activities = synthesis.Activities.GetValueOrDefault(line.Code),
            })
            .Where(s => s.Paragraphs > 0)
            .ToArray();

        var bodies = taxonomy.Bodies
            .Select(body =>
            {
                var citing = paragraphs.Where(x => x.Paragraph.RequestingBodies.Contains(body.Id)).ToArray();
                var issued = paragraphs.Count(x => (x.Paragraph.Requests ?? []).Any(r => r.RequestingBody == body.Id)
                    || (x.Paragraph.Requests is null && IsRequest(x.Paragraph) && x.Paragraph.RequestingBodies.Contains(body.Id)));
                return new BodySummary(body.Id, body.En, body.Fr, citing.Length, citing.Select(x => x.Document.Id).Distinct().Count(), issued,
                    synthesis.Mandates.GetValueOrDefault(body.Id) ?? []);
            })
            .Where(s => s.Paragraphs > 0)
            .ToArray();

        var entities = documents.GroupBy(EntityOf)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new EntitySummary(
                g.Key,
                g.Count(),
                g.Sum(d => d.Paragraphs.Count(p => _units.MaterialOf(d, p) != MaterialKind.Heading)),
                g.SelectMany(d => d.Paragraphs.SelectMany(p => p.ActionLines)).Select(taxonomy.TopLevelOf).Distinct().OrderBy(ActionLineOrder.Key).ToArray()))
            .Select(e => e.Entity == UnknownEntity || entityCatalog.Get(e.Entity) is not null || _subjects.Of(e.Entity, documents.Where(d => d.Entity == e.Entity)) is not { } subject
                ? e
                : e with { Subject = subject.Subject, SubjectLanguage = subject.Language })
            .ToArray();

        var regionSummaries = Regions(paragraphs, previousYear, synthesis);
        var requests = paragraphs
            .SelectMany(x => RequestsToSecretaryGeneral(x.Document, x.Paragraph))
            .ToArray();

        var version = VersionOf(year, language, totals, previousYear?.Totals, actionLines, bodies, entities, regionSummaries, requests, synthesis.Topics);
        return new YearSummary(year, version, compiledAt, language, totals, previousYear?.Totals, actionLines, bodies, entities, regionSummaries, requests, synthesis.Topics);
    }

    /// <summary>
    /// The requests to the Secretary-General a paragraph makes: the extracted ones where the classifier extracted
    /// requests, else the paragraph itself when it is an operative paragraph addressed to the Secretary-General.
    /// </summary>
    private static IEnumerable<RequestCitation> RequestsToSecretaryGeneral(SummaryDocument document, SummaryParagraph paragraph)
    {
        var source = HighlightSelector.Cite(document, paragraph);
        if (paragraph.Requests is { Count: > 0 } extracted)
        {
            return extracted.Where(r => r.Addressees.Contains("SG")).Select(r => new RequestCitation(
                r.RequestingBody is null ? paragraph.RequestingBodies : [r.RequestingBody], r.Verb, r.Action, r.Deadline, r.ReportingSession, source));
        }

        return IsRequest(paragraph) && paragraph.Addressees.Contains("SG")
            ? [new RequestCitation(paragraph.RequestingBodies, null, null, null, null, source)]
            : [];
    }

    /// <summary>An operative paragraph that names someone to act.</summary>
    public static bool IsRequest(SummaryParagraph paragraph) => paragraph.Kind == "operative" && paragraph.Addressees.Count > 0;

    private static SummaryTotals Totals(IReadOnlyList<SummaryDocument> documents, int paragraphs, int labelled) => new(
        documents.Count,
        documents.Select(EntityOf).Distinct().Count(),
        paragraphs,
        labelled,
        paragraphs == 0 ? 0 : Math.Round((double)labelled / paragraphs, 4),
        documents.GroupBy(d => d.Language ?? "und").OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
        documents.GroupBy(d => d.TaxonomyVersion ?? "unknown").OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()));

    private ActionLineSummary ActionLine(
        ActionLineDefinition line,
        (SummaryDocument Document, SummaryParagraph Paragraph)[] paragraphs,
        YearSummary? previousYear)
    {
        var matching = paragraphs
            .Where(x => x.Paragraph.ActionLines.Any(code => code == line.Code || taxonomy.TopLevelOf(code) == line.Code))
            .ToArray();
        var primary = matching.Where(x => x.Paragraph.ActionLines[0] == line.Code || taxonomy.TopLevelOf(x.Paragraph.ActionLines[0]) == line.Code);
        var terms = matching
            .SelectMany(x => x.Paragraph.EvidenceTerms)
            .Where(t => !t.StartsWith("section", StringComparison.OrdinalIgnoreCase))
            // The model's evidence names a word by its feature (word:broadband): readers, and the portal that marks
            // the terms in the text, want the word.
            .Select(t => t.StartsWith(ActionLineFeatures.WordPrefix, StringComparison.Ordinal) ? t[ActionLineFeatures.WordPrefix.Length..] : t)
            .GroupBy(t => t.ToLowerInvariant())
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(DistinctiveTermCount)
            .Select(g => g.Key)
            .ToArray();
        return new ActionLineSummary(
            line.Code,
            line.En,
            line.Fr,
            matching.Length,
            matching.Select(x => x.Document.Id).Distinct().Count(),
            matching.Select(x => EntityOf(x.Document)).Distinct().Order(StringComparer.Ordinal).ToArray(),
            HighlightSelector.Select(primary),
            terms,
            previousYear?.ActionLines.FirstOrDefault(a => a.Code == line.Code)?.Paragraphs ?? (previousYear is null ? null : 0));
    }

    private RegionSummary[] Regions((SummaryDocument Document, SummaryParagraph Paragraph)[] paragraphs, YearSummary? previousYear, Synthesis.Synthesis synthesis)
    {
        var byRegion = paragraphs
            .SelectMany(x => regions.Find(x.Paragraph.Text).Select(region => (Region: region, x.Document, x.Paragraph)))
            .ToLookup(x => x.Region);
        return regions.Regions
            .Where(r => byRegion.Contains(r.Id) || synthesis.Regions.GetValueOrDefault(r.Id) is { Count: > 0 })
            .Select(r =>
            {
                var naming = byRegion[r.Id].Select(x => (x.Document, x.Paragraph)).ToArray();
                return new RegionSummary(r.Id, r.En, r.Fr, naming.Length, naming.Select(x => x.Document.Id).Distinct().Count(), HighlightSelector.Select(naming),
                    previousYear is null ? null : previousYear.Regions.FirstOrDefault(p => p.Id == r.Id)?.Paragraphs ?? 0,
                    synthesis.Regions.GetValueOrDefault(r.Id) ?? []);
            })
            .ToArray();
    }

    private static string EntityOf(SummaryDocument document) => document.Entity ?? UnknownEntity;

    private static string VersionOf(int year, params object?[] content)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(content.Prepend(year).ToArray(), ApiJson.Options);
        return Convert.ToHexStringLower(SHA256.HashData(json))[..16];
    }
}
