namespace Serverless.Shared.Classification;

/// <summary>A normalised word of a text: where it is in the original (<c>End</c> exclusive) and its vocabulary id (-1: unknown).</summary>
internal readonly record struct TextToken(int Start, int End, int Id);
