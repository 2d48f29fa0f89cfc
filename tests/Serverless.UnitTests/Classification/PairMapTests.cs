using Serverless.Shared.Classification;

namespace Serverless.UnitTests.Classification;

/// <summary>
/// <see cref="PairMap"/> stands in for a <c>Dictionary&lt;long, int&gt;</c> on the classifier's hot path: it must answer
/// as the dictionary does for every key kept, replaced or never kept, across its growth.
/// </summary>
public class PairMapTests
{
    [Fact]
    public void AnswersAsADictionary_When_ManyPairsAreKeptAndSomeReplaced()
    {
        // Arrange: pairs of word ids as the models make them, a node's steps as the trie makes them, and keys that
        // differ only in their high half (the part a weak hash would drop).
        var random = new Random(7);
        var expected = new Dictionary<long, int>();
        var map = new PairMap();
        for (var n = 0; n < 60_000; n++)
        {
            var key = (n % 3) switch
            {
                0 => WordTable.PairKey(random.Next(40_000), random.Next(40_000)),
                1 => ((long)random.Next(5_000) << 32) | (uint)random.Next(200),
                _ => (long)n << 32,
            };
            var value = random.Next(int.MaxValue - 1);
            expected[key] = value;
            map[key] = value;
        }

        // Act and assert: every key kept, then keys never kept.
        Assert.Equal(expected.Count, map.Count);
        foreach (var (key, value) in expected)
        {
            Assert.True(map.TryGetValue(key, out var found), $"pair {key} lost");
            Assert.Equal(value, found);
        }

        var misses = 0;
        for (var n = 0; n < 100_000; n++)
        {
            var key = WordTable.PairKey(random.Next(50_000), random.Next(50_000));
            Assert.Equal(expected.TryGetValue(key, out var value), map.TryGetValue(key, out var found));
            if (!expected.ContainsKey(key))
            {
                misses++;
                Assert.Equal(-1, found);
            }
            else
            {
                Assert.Equal(value, found);
            }
        }

        Assert.True(misses > 90_000, $"only {misses} keys never kept were asked");
    }

    [Fact]
    public void KeepsZeroAndNegativeKeys_When_Asked()
    {
        var map = new PairMap { [0] = 0, [-1] = 5, [long.MinValue] = 6, [long.MaxValue] = 7 };

        Assert.Equal(0, map[0]);
        Assert.Equal(5, map[-1]);
        Assert.Equal(6, map[long.MinValue]);
        Assert.Equal(7, map[long.MaxValue]);
        Assert.False(map.TryGetValue(1, out _));
        Assert.Equal(4, map.Count);
    }

    [Fact]
    public void RefusesValues_When_TheyCannotBeKept()
    {
        var map = new PairMap();

        Assert.Throws<ArgumentOutOfRangeException>(() => map[1] = -1);
        Assert.Throws<ArgumentOutOfRangeException>(() => map[1] = int.MaxValue);
        Assert.Throws<KeyNotFoundException>(() => map[1]);
    }
}
