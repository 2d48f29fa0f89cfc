namespace Serverless.Shared.Classification;

/// <summary>
/// The words that open a resolution's preambular and operative paragraphs, per language; they let the
/// classifier infer a paragraph's kind when the segmenter did not say. <paramref name="Modifiers"/> are the adverbs
/// that may come before the opening verb ("Also requests", "Further invites", "Strongly urges"); <paramref name="Recalling"/>
/// the operative openings that recall or take note rather than ask or decide ("Rappelle", "Takes note").
/// </summary>
public sealed record ParagraphOpenings(
    IReadOnlyDictionary<string, string[]> Preambular,
    IReadOnlyDictionary<string, string[]> Operative,
    IReadOnlyDictionary<string, string[]>? Modifiers = null,
    IReadOnlyDictionary<string, string[]>? Recalling = null);
