namespace Serverless.Shared.Summary;

/// <summary>The compiled summary of one year's contributions, as stored and served.</summary>
/// <param name="Language">The majority language of the year's documents (<c>fr</c> or <c>en</c>): the draft's default.</param>
/// <param name="Previous">The previous year's totals, where that year was compiled.</param>
public sealed record YearSummary(
    int Year,
    string Version,
    DateTimeOffset CompiledAt,
    string Language,
    SummaryTotals Totals,
    SummaryTotals? Previous,
    IReadOnlyList<ActionLineSummary> ActionLines,
    IReadOnlyList<BodySummary> Bodies,
    IReadOnlyList<EntitySummary> Entities,
    IReadOnlyList<RegionSummary> Regions,
    IReadOnlyList<RequestCitation> RequestsToSecretaryGeneral,
    IReadOnlyList<TopicSummary>? International = null);

/// <param name="Documents">Contributions counted: other renditions of one (its PDF beside its DOCX) are not.</param>
/// <param name="Paragraphs">Paragraphs of the counted documents, headings excluded.</param>
/// <param name="Renditions">Documents left out because they are another rendition of a counted one.</param>
/// <param name="LabelledShare">Share of paragraphs with at least one action line, 0..1.</param>
/// <param name="TaxonomyVersions">
/// Documents per taxonomy version they were classified with (<c>unknown</c> when not recorded): more than one version,
/// or one older than the taxonomy's, means some labels predate a taxonomy change.
/// </param>
public sealed record SummaryTotals(
    int Documents,
    int ContributingEntities,
    int Paragraphs,
    int LabelledParagraphs,
    double LabelledShare,
    IReadOnlyDictionary<string, int> Languages,
    IReadOnlyDictionary<string, int>? TaxonomyVersions = null,
    int Renditions = 0);

/// <summary>
/// Paragraphs of the year on one action line or sub-line (a sub-line's paragraphs also count for C7),
/// the paragraphs that best represent it and the terms that most often decided it.
/// </summary>
/// <param name="PreviousParagraphs">The same count in the previous year's summary, where there is one.</param>
/// <param name="Contributions">What each entity did under the line, entities by weight.</param>
/// <param name="Activities">Activities reported with the line as primary (some may appear in another section of the report).</param>
public sealed record ActionLineSummary(
    string Code,
    string Name,
    string NameFr,
    int Paragraphs,
    int Documents,
    IReadOnlyList<string> Entities,
    IReadOnlyList<ParagraphCitation> Highlights,
    IReadOnlyList<string> DistinctiveTerms,
    int? PreviousParagraphs,
    IReadOnlyList<EntityContribution>? Contributions = null,
    int Activities = 0);

/// <param name="Paragraphs">Paragraphs that cite the body or express its mandate.</param>
/// <param name="Requests">Paragraphs in which the body asks someone to act.</param>
/// <param name="Mandates">The most informative operative paragraphs the body adopted, each once.</param>
public sealed record BodySummary(string Id, string Name, string NameFr, int Paragraphs, int Documents, int Requests, IReadOnlyList<Statement>? Mandates = null);

/// <param name="Subject">For a contributor the catalogue does not know, its name with the article its documents give it ("L'Association ...").</param>
/// <param name="SubjectLanguage">The language of that article.</param>
public sealed record EntitySummary(string Entity, int Documents, int Paragraphs, IReadOnlyList<string> ActionLines, string? Subject = null, string? SubjectLanguage = null);

/// <summary>Paragraphs that name a region (or its regional commission).</summary>
/// <param name="Contributions">Activities in the region, per entity (its regional commission first).</param>
public sealed record RegionSummary(
    string Id,
    string Name,
    string NameFr,
    int Paragraphs,
    int Documents,
    IReadOnlyList<ParagraphCitation> Highlights,
    int? PreviousParagraphs = null,
    IReadOnlyList<EntityContribution>? Contributions = null);

/// <summary>A subject of the international section (UNGIS, the CSTD, facilitation, civil society and business) and what the year's documents say of it.</summary>
public sealed record TopicSummary(string Id, string Name, string NameFr, IReadOnlyList<Statement> Statements);

/// <summary>What one entity did under an action line or in a region: its most informative statements, each once.</summary>
/// <param name="Weight">How much it reported (the sum of its statements' informativeness): entities are ordered by it.</param>
public sealed record EntityContribution(string Entity, double Weight, IReadOnlyList<Statement> Statements);

/// <summary>
/// Sentences taken word for word from one source unit (a paragraph, or a lead-in with its list), about one entity.
/// The report adds only the attribution around them.
/// </summary>
/// <param name="Entity">Who the statement is about: the contributor, the entity a report's paragraph names, or for a
/// mandate, the organ that adopted it.</param>
/// <param name="Language">The language of the source (<c>fr</c>, <c>en</c>, or <c>und</c>).</param>
/// <param name="Material"><c>activity</c> or <c>mandate</c> (an operative paragraph: the report gives it its organ as subject).</param>
public sealed record Statement(string? Entity, string Text, string Language, double Weight, ParagraphCitation Source, string Material = Statement.Activity)
{
    public const string Activity = "activity";
    public const string Mandate = "mandate";
}

/// <summary>Where a statement comes from: the document and the paragraph, as a reader would cite them.</summary>
/// <param name="ParagraphNumber">The document's own number for the paragraph, or null (then cite the index).</param>
/// <param name="Title">The document's title (its first heading), to cite documents without a symbol.</param>
/// <param name="Kind">The document's kind (<c>resolution</c>, <c>contribution</c>...).</param>
/// <param name="Language">The document's language.</param>
public sealed record ParagraphCitation(
    string DocumentId,
    string FileName,
    string? Entity,
    string? Symbol,
    int ParagraphIndex,
    string? ParagraphNumber,
    string Text,
    string? Title = null,
    string? Kind = null,
    string? Language = null);

/// <summary>A request addressed to the Secretary-General: who asks, the verb, what, by when, and its source.</summary>
public sealed record RequestCitation(
    IReadOnlyList<string> RequestingBodies,
    string? Verb,
    string? Action,
    string? Deadline,
    string? ReportingSession,
    ParagraphCitation Source);
