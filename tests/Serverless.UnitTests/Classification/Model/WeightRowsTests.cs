using Serverless.Shared.Classification.Model;

namespace Serverless.UnitTests.Classification.Model;

/// <summary>
/// <see cref="WeightRows"/> stands in for the plain loop "sum[c] += weight[c] × value" in both trained models: a
/// label's probability must not depend on which of the two computed it, to the last bit.
/// </summary>
public class WeightRowsTests
{
    [Theory]
    [InlineData(7, 4)]   // seven columns wanted, four at a time then three one by one
    [InlineData(8, 8)]   // every column four at a time
    [InlineData(3, 0)]   // fewer than four: all one by one
    [InlineData(19, 20)] // a row of twenty (nineteen lines and a shared column): the twentieth lands in a spare slot
    public void AddsAsThePlainLoop_When_RowsOfAnyWidthAreAdded(int columns, int vectorColumns)
    {
        // Arrange: three rows of awkward single-precision weights, added with awkward values.
        var stride = Math.Max(columns, vectorColumns);
        var random = new Random(columns * 31 + vectorColumns);
        var weights = Enumerable.Range(0, stride * 3).Select(_ => (float)(random.NextDouble() * 2 - 1) / 3f).ToArray();
        var values = new[] { 0.1f, 1f / 3f, 7.25f };
        var expected = new double[columns];
        var sums = new double[stride];

        // Act
        for (var row = 0; row < 3; row++)
        {
            for (var c = 0; c < columns; c++)
            {
                expected[c] += weights[row * stride + c] * values[row];
            }

            WeightRows.AddScaled(weights, row * stride, values[row], sums, vectorColumns, columns);
        }

        // Assert: the same doubles, bit for bit.
        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), sums.Take(columns).Select(BitConverter.DoubleToInt64Bits));
    }
}
