using System.Text.RegularExpressions;
using Serverless.Shared.Classification;
using Serverless.Shared.Entities;

namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// Chooses, for every part of the report, the statements it is written from: the regions' activities, the subjects of
/// the international section, each organ's mandates, then each action line's activities per entity. One
/// <see cref="NearDuplicates"/> spans the whole report, so a statement appears once, in the first part that takes it.
/// Every choice is ordered, so the same data gives the same synthesis.
/// </summary>
public sealed partial class ContributionSynthesiser(Taxonomy taxonomy, EntityCatalog entities, RegionCatalog regions, TopicCatalog topics)
{
    public const int StatementsPerEntity = 3;
    public const int EntitiesPerSection = 8;
    public const int StatementsPerRegion = 3;
    public const int StatementsPerTopic = 3;
    public const int MandatesPerOrgan = 3;
    public const int StatementsPerContributor = 12;

    public Synthesis Synthesise(IReadOnlyList<SourceUnit> units)
    {
        var statements = units
            .Where(u => u.Material is MaterialKind.Activity or MaterialKind.Mandate)
            // Requests to the Secretary-General belong to the conclusions, with their deadlines.
            .Where(u => !(u.Material == MaterialKind.Mandate && u.Paragraph.Addressees.Contains("SG")))
            .Select(u => (Unit: u, Statement: u.Material == MaterialKind.Mandate
                ? StatementExtractor.Extract(u, IssuerOf(u), Statement.Mandate)
                : StatementExtractor.Extract(u)))
            .Where(x => x.Statement is not null)
            .Select(x => (x.Unit, Statement: x.Statement!))
            .ToArray();
        var activities = statements.Where(x => x.Unit.Material == MaterialKind.Activity).ToArray();
        var activityCounts = activities.Where(x => x.Unit.Paragraph.ActionLines.Count > 0)
            .GroupBy(x => x.Unit.Paragraph.ActionLines[0])
            .ToDictionary(g => g.Key, g => g.Count());

        // A contributor quoted under the action lines more than its share keeps its best quotes only, and the lines are
        // chosen again without the others, so that their places go to other contributors.
        var chosen = Choose(statements, activities, activities);
        var kept = QuotedBeyondTheirShare(chosen);
        if (kept.Count > 0)
        {
            chosen = Choose(statements, activities, activities.Where(x => !kept.TryGetValue(x.Statement.Entity ?? "", out var best) || best.Contains(x.Statement)).ToArray());
        }

        return new Synthesis(chosen.ActionLines, chosen.Regions, chosen.Topics, chosen.Mandates, activityCounts);
    }

    private Synthesis Choose(
        (SourceUnit Unit, Statement Statement)[] statements, (SourceUnit Unit, Statement Statement)[] activities, (SourceUnit Unit, Statement Statement)[] lineActivities)
    {
        var seen = new NearDuplicates();
        var used = new HashSet<SourceUnit>();
        bool Take(SourceUnit unit, Statement statement)
        {
            if (used.Contains(unit) || !seen.TryKeep(statement.Text))
            {
                return false;
            }

            used.Add(unit);
            return true;
        }

        var byRegion = new Dictionary<string, IReadOnlyList<EntityContribution>>();
        foreach (var region in regions.Regions)
        {
            // The region's own bodies are quoted before a State's (a ministry, an office in a country), so that these
            // never take the places of the regional commission and the regional organisations.
            var candidates = activities.Select(x => (x.Unit, x.Statement, Rank: RegionalRank(x.Unit, region.Id))).Where(x => x.Rank is not null).ToArray();
            var stateBodies = candidates.Where(x => x.Rank == StateBody).Select(x => x.Statement.Entity ?? "").ToHashSet(StringComparer.Ordinal);
            byRegion[region.Id] = PerEntity(candidates.Select(x => (x.Unit, x.Statement)), Take, StatementsPerRegion, EntitiesPerSection, stateBodies.Contains);
        }

        var byTopic = topics.Topics
            .Select(t => new TopicSummary(t.Id, t.En, t.Fr, Best(statements.Where(x => topics.Find(x.Unit.Text) == t.Id), Take, StatementsPerTopic)))
            .Where(t => t.Statements.Count > 0)
            .ToArray();

        var mandates = statements.Where(x => x.Unit.Material == MaterialKind.Mandate)
            .GroupBy(x => x.Statement.Entity)
            .Where(g => g.Key is not null)
            .ToDictionary(g => g.Key!, g => Best(g, Take, MandatesPerOrgan));

        var byLine = new Dictionary<string, IReadOnlyList<EntityContribution>>();
        foreach (var line in taxonomy.ActionLines)
        {
            var candidates = lineActivities.Where(x => x.Unit.Paragraph.ActionLines.Count > 0 && x.Unit.Paragraph.ActionLines[0] == line.Code);
            byLine[line.Code] = PerEntity(candidates, Take, StatementsPerEntity, EntitiesPerSection);
        }

        QuoteEveryContributor(lineActivities, byLine, byRegion, byTopic, Take);
        return new Synthesis(byLine, byRegion, byTopic, mandates, new Dictionary<string, int>());
    }

    /// <summary>
    /// The contributors quoted more than <see cref="StatementsPerContributor"/> times under the action lines, each with its
    /// best quotes there (by informativeness, then in document order) up to that number: a long report touching every line
    /// (the World Bank's 47 paragraphs were quoted 22 times, three under each line) would otherwise fill the lines with one
    /// voice and take the places of the contributors that wrote a page. Four lines' worth is what a draft gives a
    /// contributor that matters under several. The regions are not counted (a bank reporting region by region may be the
    /// only voice of one), nor is the report's own voice (no contributor).
    /// </summary>
    private static Dictionary<string, HashSet<Statement>> QuotedBeyondTheirShare(Synthesis chosen) =>
        chosen.ActionLines.Values.SelectMany(c => c)
            .Where(c => c.Entity.Length > 0 && c.Entity != SummaryCompiler.UnknownEntity)
            .SelectMany(c => c.Statements.Select(s => (c.Entity, Statement: s)))
            .GroupBy(x => x.Entity, StringComparer.Ordinal)
            .Where(g => g.Count() > StatementsPerContributor)
            .ToDictionary(
                g => g.Key,
                g => g.Select((x, i) => (x.Statement, i)).OrderByDescending(x => x.Statement.Weight).ThenBy(x => x.i)
                    .Take(StatementsPerContributor).Select(x => x.Statement).ToHashSet(),
                StringComparer.Ordinal);

    /// <summary>
    /// A contributor whose activities lost every section's places to heavier ones (each section quotes at most
    /// <see cref="EntitiesPerSection"/> entities) is still quoted once, with its best statement under that statement's
    /// line: the introduction names it, so the report says what it did. Only a contributor's own words count, never an
    /// entity a report speaks about.
    /// </summary>
    private static void QuoteEveryContributor(
        (SourceUnit Unit, Statement Statement)[] activities, Dictionary<string, IReadOnlyList<EntityContribution>> byLine,
        Dictionary<string, IReadOnlyList<EntityContribution>> byRegion, IReadOnlyList<TopicSummary> byTopic, Func<SourceUnit, Statement, bool> take)
    {
        var quoted = byLine.Values.Concat(byRegion.Values).SelectMany(c => c).Select(c => c.Entity)
            .Concat(byTopic.SelectMany(t => t.Statements).Select(s => s.Entity ?? ""))
            .ToHashSet(StringComparer.Ordinal);
        var unquoted = activities
            .Where(x => x.Unit.Paragraph.ActionLines.Count > 0 && x.Statement.Entity is { Length: > 0 } entity && entity != SummaryCompiler.UnknownEntity
                && entity == x.Unit.Document.Entity && !quoted.Contains(entity))
            .GroupBy(x => x.Statement.Entity!)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var entity in unquoted)
        {
            var best = Rank(entity).FirstOrDefault(x => take(x.Unit, x.Statement));
            if (best.Unit is not null && byLine.TryGetValue(best.Unit.Paragraph.ActionLines[0], out var contributions))
            {
                byLine[best.Unit.Paragraph.ActionLines[0]] = [.. contributions, new EntityContribution(entity.Key, Math.Round(best.Statement.Weight, 3), [best.Statement])];
            }
        }
    }

    /// <summary>
    /// One contribution per entity, entities by weight (those <paramref name="after"/> says after all others): each
    /// entity's best statements (by informativeness, then in document order), then shown in the order the documents give them.
    /// </summary>
    private static IReadOnlyList<EntityContribution> PerEntity(
        IEnumerable<(SourceUnit Unit, Statement Statement)> candidates, Func<SourceUnit, Statement, bool> take, int perEntity, int entityCount,
        Func<string, bool>? after = null) =>
        candidates
            .GroupBy(x => x.Statement.Entity ?? "")
            .Select(g => (Entity: g.Key, Ranked: Rank(g).ToArray()))
            .OrderBy(g => after?.Invoke(g.Entity) == true)
            .ThenByDescending(g => g.Ranked.Take(perEntity).Sum(x => x.Statement.Weight))
            .ThenBy(g => g.Entity, StringComparer.Ordinal)
            .Select(g =>
            {
                var chosen = g.Ranked.Where(x => take(x.Unit, x.Statement)).Take(perEntity).ToArray();
                return new EntityContribution(g.Entity, Math.Round(chosen.Sum(x => x.Statement.Weight), 3), InDocumentOrder(chosen));
            })
            .Where(c => c.Statements.Count > 0)
            .Take(entityCount)
            .ToArray();

    private static IReadOnlyList<Statement> Best(IEnumerable<(SourceUnit Unit, Statement Statement)> candidates, Func<SourceUnit, Statement, bool> take, int count) =>
        InDocumentOrder(Rank(candidates).Where(x => take(x.Unit, x.Statement)).Take(count).ToArray());

    private static IEnumerable<(SourceUnit Unit, Statement Statement)> Rank(IEnumerable<(SourceUnit Unit, Statement Statement)> candidates) =>
        candidates.OrderByDescending(x => x.Statement.Weight)
            .ThenBy(x => x.Unit.Document.Id, StringComparer.Ordinal)
            .ThenBy(x => x.Unit.Paragraph.Index);

    private static Statement[] InDocumentOrder((SourceUnit Unit, Statement Statement)[] chosen) =>
        chosen.OrderBy(x => x.Unit.Document.Id, StringComparer.Ordinal).ThenBy(x => x.Unit.Paragraph.Index).Select(x => x.Statement).ToArray();

    /// <summary>
    /// An activity is regional when its section heading names the region (a report's "Afrique"), or when it is topical and
    /// the region's commission or a body named for the region reports it, as in the Secretary-General's report
    /// (<see cref="RegionalBody"/>), or a State's own body or an office in a State (<see cref="StateBody"/>, quoted after
    /// those); a passing mention of a region does not make a paragraph regional. Null when the activity is not the region's.
    /// </summary>
    private int? RegionalRank(SourceUnit unit, string region)
    {
        // A heading naming two regions is no one region's section: a bank's own "Europe and Central Asia" or "Middle East
        // and North Africa" straddles the report's regions.
        if (unit.Paragraph.Section is { } section && regions.Find(section).ToArray() is [var named] && named == region)
        {
            return RegionalBody;
        }

        // Outside a regional section, only topical paragraphs count: a contribution's covering note names its commission too.
        if (unit.Paragraph.ActionLines.Count == 0)
        {
            return null;
        }

        // A contributor the catalogue does not know is regional when its name says its region ("Observatoire régional
        // de la cybersécurité en Afrique de l'Ouest", "Asia-Pacific Network of ..."), as a regional commission's does; a
        // name naming two is quoted under the one it works in, never under both. A name naming no region but a State
        // ("Ministry of ... – Mongolia", "Bureau de l'UNICEF au Niger") works in that State's region.
        if (entities.Get(unit.Entity) is { } known)
        {
            return known.Region == region ? RegionalBody : null;
        }

        if (unit.Entity is not { } name || name == SummaryCompiler.UnknownEntity)
        {
            return null;
        }

        if (regions.WorkedIn(name) is { } worked)
        {
            return worked == region && IsOrganisation(name) ? RegionalBody : null;
        }

        // A joint contribution's partners (several abbreviations) work where each does: one partner's State ("Kenya ICT
        // Action Network (KICTANet)") places none of the others.
        return Partners().Count(name) < 2 && regions.OfStateNamedIn(name) == region ? StateBody : null;
    }

    /// <summary>A partner's abbreviation in brackets, in capitals or not ("(APC)", "(KICTANet)").</summary>
    [GeneratedRegex(@"\(\p{Lu}[\p{L}\p{N}&-]{1,14}\)")]
    private static partial Regex Partners();

    private const int RegionalBody = 0;
    private const int StateBody = 1;

    /// <summary>
    /// A name with one of the languages' organisation nouns ("Réseau africain ...", "Asia-Pacific Network ..."): a regional
    /// body, not a company that has a region in its trade name ("NovaSat Afrique SAS").
    /// </summary>
    private bool IsOrganisation(string name) =>
        TextNormaliser.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(_organisationWords.Contains);

    private readonly HashSet<string> _organisationWords = LanguageCatalog.Default.Languages
        .SelectMany(l => l.DocumentProfile?.OrganisationWords ?? []).Select(w => TextNormaliser.Fold(w).Trim()).ToHashSet(StringComparer.Ordinal);

    /// <summary>The organ that adopted an operative paragraph: the document's issuer, else the body the paragraph names.</summary>
    private string? IssuerOf(SourceUnit unit)
    {
        var issuer = entities.Get(unit.Document.Entity);
        if (issuer is { Kind: "organ" })
        {
            return issuer.Id;
        }

        return unit.Paragraph.RequestingBodies.FirstOrDefault() ?? unit.Document.Entity;
    }
}

/// <summary>The statements chosen for each part of the report.</summary>
public sealed record Synthesis(
    IReadOnlyDictionary<string, IReadOnlyList<EntityContribution>> ActionLines,
    IReadOnlyDictionary<string, IReadOnlyList<EntityContribution>> Regions,
    IReadOnlyList<TopicSummary> Topics,
    IReadOnlyDictionary<string, IReadOnlyList<Statement>> Mandates,
    IReadOnlyDictionary<string, int> Activities);
