using Serverless.Shared.Classification.Model;

namespace Serverless.UnitTests.Classification.Model;

public class HeaviestFirstTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(50)]
    public void KeepsWhatAStableSortKeeps_When_WeightsRepeat(int room)
    {
        // Few distinct weights among many items, so ties are the rule: among equals, the earlier offered comes first.
        var random = new Random(20261206);
        var offered = Enumerable.Range(0, 200).Select(i => (Item: i, Weight: random.Next(0, 8) / 4f)).ToArray();
        var expected = offered.OrderByDescending(o => o.Weight).Take(room).Select(o => o.Item).ToArray();

        var heaviest = new HeaviestFirst(new int[room], new float[room]);
        foreach (var (item, weight) in offered)
        {
            heaviest.Offer(item, weight);
        }

        Assert.Equal(expected, heaviest.Items.ToArray());
    }

    [Fact]
    public void KeepsFewer_When_FewerAreOffered()
    {
        var heaviest = new HeaviestFirst(new int[6], new float[6]);
        heaviest.Offer(7, 0.5f);
        heaviest.Offer(9, 2f);

        Assert.Equal([9, 7], heaviest.Items.ToArray());
    }
}
