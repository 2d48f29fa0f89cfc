using Serverless.Shared.Reading;

namespace Serverless.UnitTests.Reading;

public sealed class ChunkedListTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(10_001)]
    public void KeepsItemsInOrder_When_TheySpanSeveralChunks(int count)
    {
        // Arrange
        var list = new ChunkedList<int>();

        // Act
        for (var i = 0; i < count; i++)
        {
            list.Add(i);
        }

        // Assert
        Assert.Equal(count, list.Count);
        Assert.Equal(Enumerable.Range(0, count), list);
        Assert.All(Enumerable.Range(0, count), i => Assert.Equal(i, list[i]));
        Assert.Throws<ArgumentOutOfRangeException>(() => list[count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
    }
}
