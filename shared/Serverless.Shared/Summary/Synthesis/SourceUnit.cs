namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// One citable unit of a document: a paragraph, or a lead-in ending with a colon joined with the list that follows it
/// ("Among them: a) ...; b) ..."), so the lead-in is never quoted without its list.
/// </summary>
/// <param name="Paragraph">The paragraph that opens the unit (the lead-in for a joined list).</param>
/// <param name="Text">The unit's text: the paragraph, or the lead-in followed by its list items.</param>
/// <param name="Number">How the unit is cited: its own number, or the enclosing paragraph's with the item's (<c>2.6 f)</c>).</param>
/// <param name="Entity">Who the unit speaks for: the document's contributor, or in a report, the entity it is about.</param>
public sealed record SourceUnit(
    SummaryDocument Document,
    SummaryParagraph Paragraph,
    string Text,
    string? Number,
    MaterialKind Material,
    string? Entity);
