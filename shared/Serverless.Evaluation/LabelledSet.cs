namespace Serverless.Evaluation;

/// <summary>The items of a labelled file that could be read, and why the others were skipped.</summary>
public sealed record LabelledSet(IReadOnlyList<LabelledParagraph> Items, IReadOnlyList<string> Skipped);
