namespace Serverless.Shared.Segmentation;

/// <summary>A document read and split into paragraphs, with what was detected about it.</summary>
public sealed record SegmentedDocument(string Format, DocumentProfile Profile, IReadOnlyList<Paragraph> Paragraphs);
