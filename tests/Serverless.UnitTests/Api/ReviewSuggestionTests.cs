using System.Text.Json;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Classification;
using Serverless.Shared.Storage;

namespace Serverless.UnitTests.Api;

public class ReviewSuggestionTests
{
    private static readonly DocumentEntity Document = new() { PartitionKey = "doc", Entity = "ITU" };

    [Fact]
    public void MeasuresTheCallAgainstTheRunnerUp_When_TwoLinesAreClose()
    {
        var suggestion = ReviewSuggestion.For(Row(("C2", 6), ("C3", 5)), Document, minScore: 2)!;

        Assert.Equal(1, suggestion.Margin);
        Assert.Contains("C2 (6) is only just ahead of C3 (5)", suggestion.Reason);
    }

    [Fact]
    public void MeasuresTheCallAgainstTheThreshold_When_TheOnlyLineIsWeak()
    {
        var suggestion = ReviewSuggestion.For(Row(("C4", 3)), Document, minScore: 2)!;

        Assert.Equal(1, suggestion.Margin);
        Assert.Contains("just above the least score", suggestion.Reason);
    }

    [Fact]
    public void MeasuresTheNearMissAgainstTheThreshold_When_TheParagraphGotNoLine()
    {
        var row = Row();
        row.NearMiss = JsonSerializer.Serialize(new ActionLineLabel("C7.3", 1.5, ["écoles"]), ApiJson.Options);

        var suggestion = ReviewSuggestion.For(row, Document, minScore: 2)!;

        Assert.Equal(0.5, suggestion.Margin);
        Assert.Equal("C7.3", suggestion.NearMiss!.Code);
        Assert.Contains("no action line: C7.3 (1.5) fell short", suggestion.Reason);
    }

    [Fact]
    public void SuggestsNothing_When_TheParagraphIsReviewedOrNoLineCameClose()
    {
        var reviewed = Row(("C4", 3));
        reviewed.ReviewedAt = DateTimeOffset.UnixEpoch;

        Assert.Null(ReviewSuggestion.For(reviewed, Document, minScore: 2));
        Assert.Null(ReviewSuggestion.For(Row(), Document, minScore: 2));
    }

    private static ParagraphEntity Row(params (string Code, double Score)[] labels) => new()
    {
        PartitionKey = "doc",
        RowKey = ParagraphEntity.RowKeyFor(3),
        Text = "A paragraph.",
        ActionLineEvidence = labels.Length == 0
            ? null
            : JsonSerializer.Serialize(labels.Select(l => new ActionLineLabel(l.Code, l.Score, ["term"])).ToArray(), ApiJson.Options),
    };
}
