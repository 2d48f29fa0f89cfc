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
    IReadOnlyList<RequestCitation> RequestsToSecretaryGeneral);

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
    IReadOnlyDictionary<string, int>? TaxonomyVersions = null);

/// <summary>
/// Paragraphs of the year on one action line or sub-line (a sub-line's paragraphs also count for C7),
/// the paragraphs that best represent it and the terms that most often decided it.
/// </summary>
/// <param name="PreviousParagraphs">The same count in the previous year's summary, where there is one.</param>
public sealed record ActionLineSummary(
    string Code,
    string Name,
    string NameFr,
    int Paragraphs,
    int Documents,
    IReadOnlyList<string> Entities,
    IReadOnlyList<ParagraphCitation> Highlights,
    IReadOnlyList<string> DistinctiveTerms,
    int? PreviousParagraphs);

/// <param name="Paragraphs">Paragraphs that cite the body or express its mandate.</param>
/// <param name="Requests">Paragraphs in which the body asks someone to act.</param>
public sealed record BodySummary(string Id, string Name, string NameFr, int Paragraphs, int Documents, int Requests);

public sealed record EntitySummary(string Entity, int Documents, int Paragraphs, IReadOnlyList<string> ActionLines);

/// <summary>Paragraphs that name a region (or its regional commission).</summary>
public sealed record RegionSummary(string Id, string Name, string NameFr, int Paragraphs, int Documents, IReadOnlyList<ParagraphCitation> Highlights);

/// <summary>Where a statement comes from: the document and the paragraph, as a reader would cite them.</summary>
/// <param name="ParagraphNumber">The document's own number for the paragraph, or null (then cite the index).</param>
public sealed record ParagraphCitation(
    string DocumentId,
    string FileName,
    string? Entity,
    string? Symbol,
    int ParagraphIndex,
    string? ParagraphNumber,
    string Text);

/// <summary>A request addressed to the Secretary-General: who asks, the verb, what, by when, and its source.</summary>
public sealed record RequestCitation(
    IReadOnlyList<string> RequestingBodies,
    string? Verb,
    string? Action,
    string? Deadline,
    string? ReportingSession,
    ParagraphCitation Source);
