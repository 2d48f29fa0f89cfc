namespace Serverless.Shared.Summary;

/// <summary>The compiled summary of one year's contributions, as stored and served.</summary>
public sealed record YearSummary(
    int Year,
    string Version,
    DateTimeOffset CompiledAt,
    SummaryTotals Totals,
    IReadOnlyList<ActionLineSummary> ActionLines,
    IReadOnlyList<BodySummary> Bodies,
    IReadOnlyList<EntitySummary> Entities);

/// <param name="LabelledShare">Share of paragraphs with at least one action line, 0..1.</param>
public sealed record SummaryTotals(
    int Documents,
    int ContributingEntities,
    int Paragraphs,
    int LabelledParagraphs,
    double LabelledShare,
    IReadOnlyDictionary<string, int> Languages);

/// <summary>Paragraphs of the year on one action line (a sub-line's paragraphs also count for C7).</summary>
public sealed record ActionLineSummary(string Code, string Name, int Paragraphs, int Documents, IReadOnlyList<string> Entities);

public sealed record BodySummary(string Id, string Name, int Paragraphs, int Documents);

public sealed record EntitySummary(string Entity, int Documents, int Paragraphs, IReadOnlyList<string> ActionLines);
