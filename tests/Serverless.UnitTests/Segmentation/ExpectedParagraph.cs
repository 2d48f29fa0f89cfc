namespace Serverless.UnitTests.Segmentation;

/// <summary>One expected paragraph: its number, kind, first 50 characters, length and hash of its normalised text.</summary>
public sealed record ExpectedParagraph(string? Number, string Kind, string Start, int Length, string Sha256);
