using Serverless.Shared.Classification;

namespace Serverless.Shared.Summary;

/// <summary>What the compiler needs of one classified document: who sent it, what it is, and its labelled paragraphs.</summary>
/// <param name="TaxonomyVersion">The taxonomy it was classified with (null when not recorded).</param>
/// <param name="Kind">The document kind (<c>resolution</c>, <c>sg-report</c>, <c>contribution</c>...).</param>
/// <param name="RenditionOf">The document this one is another rendition of (same text, other format), if any.</param>
public sealed record SummaryDocument(
    string Id,
    string FileName,
    string? Entity,
    string? Language,
    string? Symbol,
    IReadOnlyList<SummaryParagraph> Paragraphs,
    string? TaxonomyVersion = null,
    string? Kind = null,
    string? RenditionOf = null);

/// <summary>One paragraph as the compiler counts and cites it.</summary>
/// <param name="ActionLines">Codes, primary first.</param>
/// <param name="PrimaryScore">The classifier's score for the primary action line (0 when none).</param>
/// <param name="EvidenceTerms">The terms that decided the action lines.</param>
public sealed record SummaryParagraph(
    int Index,
    string? Number,
    string Kind,
    string Text,
    IReadOnlyList<string> ActionLines,
    double PrimaryScore,
    IReadOnlyList<string> EvidenceTerms,
    IReadOnlyList<string> RequestingBodies,
    IReadOnlyList<string> Addressees,
    IReadOnlyList<ExtractedRequest>? Requests = null,
    string? Section = null);
