using System.Numerics;
using System.Runtime.InteropServices;

namespace Mlp.LinearAlgebra;

/// <summary>Column sums of a row-major matrix, such as the bias gradients Σ_n δ[n, j].</summary>
internal static class ColumnSums
{
    /// <summary>
    /// Computes sums[j] = values[0, j] + values[1, j] + … in increasing row order, so every
    /// vector width gives the same bits; zero rows give zeros.
    /// </summary>
    /// <remarks>
    /// System.Numerics.Vector (256 bits on x64) is wide enough here: the loop does one addition
    /// per element loaded, so it is bound by memory, not by arithmetic.
    /// </remarks>
    public static void Compute<T>(ReadOnlySpan<T> values, Span<T> sums, int rows, int columns)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (rows == 0)
        {
            sums.Clear();
            return;
        }

        ref var origin = ref MemoryMarshal.GetReference(values);
        var j = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            for (; j + Vector<T>.Count <= columns; j += Vector<T>.Count)
            {
                var sum = Vector.LoadUnsafe(ref origin, (nuint)j);
                for (var n = 1; n < rows; n++)
                {
                    sum += Vector.LoadUnsafe(ref origin, (nuint)((n * columns) + j));
                }

                sum.CopyTo(sums[j..]);
            }
        }

        for (; j < columns; j++)
        {
            var sum = values[j];
            for (var n = 1; n < rows; n++)
            {
                sum += values[(n * columns) + j];
            }

            sums[j] = sum;
        }
    }
}
