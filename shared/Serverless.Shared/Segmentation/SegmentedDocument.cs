namespace Serverless.Shared.Segmentation;

/// <summary>A document read and split into paragraphs, with what was detected about it.</summary>
/// <param name="PageHeader">The first page's header lines where the format keeps them apart (<see cref="Reading.ReadDocument.PageHeader"/>).</param>
/// <param name="PageFooter">A page's footer lines where the format keeps them apart (<see cref="Reading.ReadDocument.PageFooter"/>).</param>
public sealed record SegmentedDocument(string Format, DocumentProfile Profile, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<string>? PageHeader = null, IReadOnlyList<string>? PageFooter = null);
