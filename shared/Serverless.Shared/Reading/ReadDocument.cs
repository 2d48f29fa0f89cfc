namespace Serverless.Shared.Reading;

/// <summary>A document as read by one reader: the name of the format and its blocks in reading order.</summary>
public sealed record ReadDocument(string Format, IReadOnlyList<TextBlock> Blocks);
