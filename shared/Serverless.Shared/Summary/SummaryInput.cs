namespace Serverless.Shared.Summary;

/// <summary>What the compiler needs of one classified document: who sent it and its labelled paragraphs.</summary>
public sealed record SummaryDocument(string Id, string? Entity, string? Language, IReadOnlyList<SummaryParagraph> Paragraphs);

/// <summary>One paragraph's labels, as counted: action line codes (primary first) and body ids.</summary>
public sealed record SummaryParagraph(int Index, IReadOnlyList<string> ActionLines, IReadOnlyList<string> RequestingBodies);
