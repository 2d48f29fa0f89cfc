using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Serverless.Shared.Classification.Model;

/// <summary>
/// The inner loop both trained models spend their time in: a row of single-precision weights, times a feature's value,
/// added to double-precision sums. Four columns at a time, then one by one; each lane does what a one-column loop does
/// (the product in single precision, widened, then added in double precision), so every sum is the same to the last
/// bit as with the plain loop, whatever the processor.
/// </summary>
internal static class WeightRows
{
    /// <summary>Adds <paramref name="weights"/>[start + c] × <paramref name="value"/> to <paramref name="sums"/>[c].</summary>
    /// <param name="weights">All the rows, one after the other.</param>
    /// <param name="start">Where the row starts in <paramref name="weights"/>.</param>
    /// <param name="vectorColumns">
    /// How many columns are added four at a time (a multiple of four). It may pass <paramref name="columns"/> when the
    /// row holds more columns than are wanted: the extra sums then land in <paramref name="sums"/>'s spare slots, which
    /// must exist, and are the caller's to drop.
    /// </param>
    /// <param name="columns">How many columns are wanted; those past <paramref name="vectorColumns"/> are added one by one.</param>
    public static void AddScaled(float[] weights, int start, float value, Span<double> sums, int vectorColumns, int columns)
    {
        ref var weight = ref MemoryMarshal.GetArrayDataReference(weights);
        ref var sum = ref MemoryMarshal.GetReference(sums);
        var by = Vector128.Create(value);
        var column = 0;
        for (; column < vectorColumns; column += 4)
        {
            var products = Vector128.LoadUnsafe(ref weight, (nuint)(start + column)) * by;
            (Vector128.LoadUnsafe(ref sum, (nuint)column) + Vector128.WidenLower(products)).StoreUnsafe(ref sum, (nuint)column);
            (Vector128.LoadUnsafe(ref sum, (nuint)(column + 2)) + Vector128.WidenUpper(products)).StoreUnsafe(ref sum, (nuint)(column + 2));
        }

        for (; column < columns; column++)
        {
            sums[column] += weights[start + column] * value;
        }
    }
}
