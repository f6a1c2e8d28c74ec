using System.Numerics;
using System.Runtime.CompilerServices;

namespace Mlp.LinearAlgebra;

/// <summary>
/// Register tiles of C = A Bᵀ + bias in which each element is a dot product of a row of A and a
/// row of B, both contiguous along the depth.
/// </summary>
/// <remarks>
/// Every element follows the same steps whatever tile computes it: one vector accumulator
/// gathers the fused multiply-adds of the whole vectors of the depth, its lanes are added in
/// the halving order of <see cref="IVectorOps{TVector, T}.Sum"/> (four at a time by
/// <see cref="IVectorOps{TVector, T}.Sum4"/>, which gives the same bits), the leftover depth
/// steps are added one fused multiply-add at a time, and the bias comes last. So the result
/// depends on the vector width but not on the tile shape or the thread. A 4 × 4 tile loads 8
/// vectors for 16 fused multiply-adds and keeps 24 registers live.
/// </remarks>
internal static unsafe class DotProductTiles
{
    /// <summary>Rows of A, and rows of B, in the full tile.</summary>
    public const int Size = 4;

    /// <summary>Computes 1 to 4 rows by 1 to 4 columns of C.</summary>
    /// <typeparam name="TOps">The register width.</typeparam>
    /// <typeparam name="TVector">The register type of <typeparamref name="TOps"/>.</typeparam>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TRows">Rows of A and of C, 1 to 4.</typeparam>
    /// <typeparam name="TColumns">Rows of B and columns of C, 1 to 4.</typeparam>
    // Compiled on its own, not inlined: a caller that inlined every tile shape would hold more
    // locals than the JIT tracks, and it would keep the untracked accumulators in memory.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Tile<TOps, TVector, T, TRows, TColumns>(
        in DotProduct<T> p, T* a, T* b, T* bias, T* c)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged, IFloatingPointIeee754<T>
        where TRows : struct, ITileCount
        where TColumns : struct, ITileCount
    {
        var (aRow, bRow) = (p.ARowStride, p.BRowStride);
        var (rows, columns) = (TRows.Value, TColumns.Value);
        var (c00, c01, c02, c03) = (TOps.Zero, TOps.Zero, TOps.Zero, TOps.Zero);
        var (c10, c11, c12, c13) = (TOps.Zero, TOps.Zero, TOps.Zero, TOps.Zero);
        var (c20, c21, c22, c23) = (TOps.Zero, TOps.Zero, TOps.Zero, TOps.Zero);
        var (c30, c31, c32, c33) = (TOps.Zero, TOps.Zero, TOps.Zero, TOps.Zero);
        var stop = p.Depth - (p.Depth % TOps.Count);
        for (nint k = 0; k < stop; k += TOps.Count)
        {
            var a0 = TOps.Load(a + k);
            var a1 = rows > 1 ? TOps.Load(a + aRow + k) : a0;
            var a2 = rows > 2 ? TOps.Load(a + (2 * aRow) + k) : a0;
            var a3 = rows > 3 ? TOps.Load(a + (3 * aRow) + k) : a0;
            var b0 = TOps.Load(b + k);
            Accumulate<TOps, TVector, T>(
                rows, a0, a1, a2, a3, b0, ref c00, ref c10, ref c20, ref c30);
            if (columns > 1)
            {
                var b1 = TOps.Load(b + bRow + k);
                Accumulate<TOps, TVector, T>(
                    rows, a0, a1, a2, a3, b1, ref c01, ref c11, ref c21, ref c31);
            }

            if (columns > 2)
            {
                var b2 = TOps.Load(b + (2 * bRow) + k);
                Accumulate<TOps, TVector, T>(
                    rows, a0, a1, a2, a3, b2, ref c02, ref c12, ref c22, ref c32);
            }

            if (columns > 3)
            {
                var b3 = TOps.Load(b + (3 * bRow) + k);
                Accumulate<TOps, TVector, T>(
                    rows, a0, a1, a2, a3, b3, ref c03, ref c13, ref c23, ref c33);
            }
        }

        var tail = new Tail<T>(p, a, b, bias, c, stop);
        if (columns == 1)
        {
            // One column: sum down the rows so that a single Sum4 serves the whole tile.
            tail.FinishColumn(rows, 0, TOps.Sum4(c00, c10, c20, c30));
            return;
        }

        tail.FinishRow(0, columns, TOps.Sum4(c00, c01, c02, c03));
        if (rows > 1)
        {
            tail.FinishRow(1, columns, TOps.Sum4(c10, c11, c12, c13));
        }

        if (rows > 2)
        {
            tail.FinishRow(2, columns, TOps.Sum4(c20, c21, c22, c23));
        }

        if (rows > 3)
        {
            tail.FinishRow(3, columns, TOps.Sum4(c30, c31, c32, c33));
        }
    }

    /// <summary>Adds a × b to the accumulators of one tile column, in its live rows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate<TOps, TVector, T>(
        int rows,
        TVector a0,
        TVector a1,
        TVector a2,
        TVector a3,
        TVector b,
        ref TVector c0,
        ref TVector c1,
        ref TVector c2,
        ref TVector c3)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged
    {
        c0 = TOps.MultiplyAdd(a0, b, c0);
        if (rows > 1)
        {
            c1 = TOps.MultiplyAdd(a1, b, c1);
        }

        if (rows > 2)
        {
            c2 = TOps.MultiplyAdd(a2, b, c2);
        }

        if (rows > 3)
        {
            c3 = TOps.MultiplyAdd(a3, b, c3);
        }
    }

    /// <summary>
    /// Finishes elements of a tile from their sums of lanes: the leftover depth steps, one fused
    /// multiply-add each in order, then the bias.
    /// </summary>
    private readonly ref struct Tail<T>(in DotProduct<T> p, T* a, T* b, T* bias, T* c, nint stop)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly nint aRow = p.ARowStride;
        private readonly nint bRow = p.BRowStride;
        private readonly nint cRow = p.CRowStride;
        private readonly int depth = p.Depth;

        /// <summary>Finishes one row of the tile from the lane sums of its columns.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void FinishRow(int row, int columns, (T, T, T, T) sums)
        {
            Store(row, 0, sums.Item1);
            if (columns > 1)
            {
                Store(row, 1, sums.Item2);
            }

            if (columns > 2)
            {
                Store(row, 2, sums.Item3);
            }

            if (columns > 3)
            {
                Store(row, 3, sums.Item4);
            }
        }

        /// <summary>Finishes one column of the tile from the lane sums of its rows.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void FinishColumn(int rows, int column, (T, T, T, T) sums)
        {
            Store(0, column, sums.Item1);
            if (rows > 1)
            {
                Store(1, column, sums.Item2);
            }

            if (rows > 2)
            {
                Store(2, column, sums.Item3);
            }

            if (rows > 3)
            {
                Store(3, column, sums.Item4);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Store(int row, int column, T sum)
        {
            var aRowStart = a + (row * aRow);
            var bRowStart = b + (column * bRow);
            for (var k = stop; k < depth; k++)
            {
                sum = T.FusedMultiplyAdd(aRowStart[k], bRowStart[k], sum);
            }

            c[(row * cRow) + column] = sum + bias[column];
        }
    }
}
