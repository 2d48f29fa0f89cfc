namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// What a paragraph is as material for the report. Action-line sections are written from activities only; mandates go
/// to the international section under the organ that issued them; context is never presented as something done.
/// </summary>
public enum MaterialKind
{
    /// <summary>What an entity did or does: a contribution's paragraphs, a report's or Council document's narrative.</summary>
    Activity,

    /// <summary>A mandate or request: an operative paragraph of a resolution or decision.</summary>
    Mandate,

    /// <summary>Background: a preambular paragraph, or a resolution's text that is not operative.</summary>
    Context,

    /// <summary>A heading, or a line that reads as one ("Action line C2: ..."): never counted, never quoted.</summary>
    Heading,

    /// <summary>Footnotes and tables.</summary>
    Other,
}
