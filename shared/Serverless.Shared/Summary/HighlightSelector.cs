namespace Serverless.Shared.Summary;

/// <summary>
/// Picks the paragraphs that best represent a group: narrative or operative paragraphs (not headings or
/// footnotes) where the label is strongest, preferring ones of a readable length, at most one per document
/// while others remain, and always in the same order for the same input.
/// </summary>
public static class HighlightSelector
{
    public const int DefaultCount = 3;
    private const int ReadableLength = 450;
    private const int MaxQuotedLength = 1200;

    private static readonly HashSet<string> CitableKinds = ["paragraph", "operative", "list-item", "preambular"];

    public static IReadOnlyList<ParagraphCitation> Select(
        IEnumerable<(SummaryDocument Document, SummaryParagraph Paragraph)> candidates, int count = DefaultCount)
    {
        var ranked = candidates
            .Where(c => CitableKinds.Contains(c.Paragraph.Kind) && c.Paragraph.Text.Length >= 60)
            .OrderByDescending(c => c.Paragraph.PrimaryScore)
            .ThenBy(c => Math.Abs(c.Paragraph.Text.Length - ReadableLength))
            .ThenBy(c => c.Document.Id, StringComparer.Ordinal)
            .ThenBy(c => c.Paragraph.Index)
            .ToList();

        var chosen = new List<(SummaryDocument Document, SummaryParagraph Paragraph)>();
        foreach (var candidate in ranked.Where(c => chosen.Count < count))
        {
            if (chosen.All(c => c.Document.Id != candidate.Document.Id))
            {
                chosen.Add(candidate);
            }
        }

        chosen.AddRange(ranked.Except(chosen).Take(count - chosen.Count));
        return chosen.Select(c => Cite(c.Document, c.Paragraph)).ToArray();
    }

    public static ParagraphCitation Cite(SummaryDocument document, SummaryParagraph paragraph) => new(
        document.Id,
        document.FileName,
        document.Entity,
        document.Symbol,
        paragraph.Index,
        paragraph.Number,
        paragraph.Text.Length <= MaxQuotedLength ? paragraph.Text : ShortenedText.AtWholeLetter(paragraph.Text, MaxQuotedLength - 1) + "…",
        Synthesis.DocumentTitle.Of(document),
        document.Kind,
        document.Language);
}
