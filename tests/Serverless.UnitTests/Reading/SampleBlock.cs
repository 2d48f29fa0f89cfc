namespace Serverless.UnitTests.Reading;

/// <summary>One block of a sample document; <see cref="Number"/> for numbered and lettered blocks.</summary>
public sealed record SampleBlock(SampleBlockKind Kind, string Text, string? Number = null);
