using Serverless.Shared.Storage;

namespace Serverless.UnitTests.Storage;

public sealed class YearIndexRowTests
{
    [Fact]
    public void Encode_WritesRunsAsRanges_When_ParagraphsFollowEachOther()
    {
        // Arrange
        var row = new YearIndexRow { Year = 2025, DocumentId = "d" };
        foreach (var index in new[] { 0, 1, 2, 3, 7, 9, 10 })
        {
            row.Add(index, ["C2"], index == 7 ? ["GA"] : []);
        }

        // Act
        var lines = YearIndexRow.Encode(row.ActionLines);
        var bodies = YearIndexRow.Encode(row.RequestingBodies);

        // Assert
        Assert.Equal("C2:0-3,7,9-10", lines);
        Assert.Equal("GA:7", bodies);
    }

    [Fact]
    public void FromEntity_GivesBackTheLists_When_TheyOutgrowOneTableString()
    {
        // Arrange: every other paragraph of 20,000 on one line, far more than one 32K-character property holds.
        var row = new YearIndexRow { Year = 2025, DocumentId = "doc", Entity = "ITU" };
        for (var index = 0; index < 20_000; index += 2)
        {
            row.Add(index, ["C7.4", "C2"], index % 4 == 0 ? ["GA", "ECOSOC"] : []);
        }

        // Act
        var entity = row.ToEntity();
        var back = YearIndexRow.FromEntity(entity);

        // Assert
        Assert.All(entity.Select(p => p.Value).OfType<string>(), value => Assert.True(value.Length <= YearIndexRow.MaxChunkLength));
        Assert.True(entity.ContainsKey("ActionLines1"));
        Assert.Equal("2025", entity.PartitionKey);
        Assert.Equal("ITU", back.Entity);
        Assert.Equal(row.ActionLines.Keys, back.ActionLines.Keys);
        Assert.Equal(row.ActionLines["C7.4"], back.ActionLines["C7.4"]);
        Assert.Equal(row.RequestingBodies["ECOSOC"], back.RequestingBodies["ECOSOC"]);
    }

    [Fact]
    public void Matching_KeepsParagraphsOnALineThatCiteTheBody_When_BothAreAsked()
    {
        // Arrange
        var row = new YearIndexRow { Year = 2025, DocumentId = "d" };
        row.Add(1, ["C7.1"], ["GA"]);
        row.Add(2, ["C7.4", "C7.1"], []);
        row.Add(3, ["C2"], ["GA"]);
        row.Add(4, ["C7.4"], ["GA"]);

        // Act
        var onC7 = row.Matching(["C7", "C7.1", "C7.4"], null);
        var onC7ByGa = row.Matching(["C7", "C7.1", "C7.4"], "GA");
        var byGa = row.Matching(null, "GA");

        // Assert
        Assert.Equal([1, 2, 4], onC7);
        Assert.Equal([1, 4], onC7ByGa);
        Assert.Equal([1, 3, 4], byGa);
    }

    [Fact]
    public void Remove_TakesAParagraphOffEveryList_When_ItsLabelsChange()
    {
        // Arrange: a reviewer moves paragraph 5 from C2 to C3.
        var row = new YearIndexRow { Year = 2025, DocumentId = "d" };
        row.Add(5, ["C2"], ["GA"]);
        row.Add(6, ["C2"], []);

        // Act
        row.Remove(5);
        row.Add(5, ["C3"], []);
        var back = YearIndexRow.FromEntity(row.ToEntity());

        // Assert
        Assert.Equal([6], back.Matching(["C2"], null));
        Assert.Equal([5], back.Matching(["C3"], null));
        Assert.Empty(back.Matching(null, "GA"));
    }
}
