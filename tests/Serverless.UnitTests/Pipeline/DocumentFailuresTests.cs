using Serverless.Shared.Pipeline;

namespace Serverless.UnitTests.Pipeline;

public sealed class DocumentFailuresTests
{
    [Fact]
    public void Bounded_CutsAReasonAtASpace_When_ItQuotesMoreThanAPersonReads()
    {
        // Arrange: a reason quoting 40,000 characters of a file, more than the row's column (32,000) holds.
        var reason = "The file quotes " + string.Join(' ', Enumerable.Repeat("word", 8_000)) + ".";

        // Act
        var kept = DocumentFailures.Bounded(reason);

        // Assert
        Assert.True(kept.Length <= DocumentFailures.MaxReasonLength);
        Assert.StartsWith("The file quotes word word", kept, StringComparison.Ordinal);
        Assert.EndsWith("word…", kept, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounded_KeepsAReasonOfAFewSentencesWhole() =>
        Assert.Equal("The file is empty (0 bytes).", DocumentFailures.Bounded("The file is empty (0 bytes)."));
}
