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
/// the fixed order of <see cref="IVectorOps{TVector, T}.Sum"/>, the leftover depth steps are
/// added one fused multiply-add at a time, and the bias comes last. So the result depends on
/// the vector width but not on the tile shape or the thread. A 4 × 4 tile loads 8 vectors for
/// 16 fused multiply-adds and keeps 21 registers live.
/// </remarks>
internal static unsafe class DotProductTiles
{
    /// <summary>Rows of A, and rows of B, in the main tile.</summary>
    public const int Size = 4;

    /// <summary>Computes 4 rows by 4 columns of C.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tile4x4<TOps, TVector, T>(in DotProduct<T> p, T* a, T* b, T* bias, T* c)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (aRow, bRow, cRow) = (p.ARowStride, p.BRowStride, p.CRowStride);
        var (c00, c01, c02, c03) = (TOps.Zero, TOps.Zero, TOps.Zero, TOps.Zero);
        var (c10, c11, c12, c13) = (TOps.Zero, TOps.Zero, TOps.Zero, TOps.Zero);
        var (c20, c21, c22, c23) = (TOps.Zero, TOps.Zero, TOps.Zero, TOps.Zero);
        var (c30, c31, c32, c33) = (TOps.Zero, TOps.Zero, TOps.Zero, TOps.Zero);
        var stop = VectorStop<TOps, TVector, T>(p.Depth);
        for (nint k = 0; k < stop; k += TOps.Count)
        {
            var a0 = TOps.Load(a + k);
            var a1 = TOps.Load(a + aRow + k);
            var a2 = TOps.Load(a + (2 * aRow) + k);
            var a3 = TOps.Load(a + (3 * aRow) + k);
            var b0 = TOps.Load(b + k);
            c00 = TOps.MultiplyAdd(a0, b0, c00);
            c10 = TOps.MultiplyAdd(a1, b0, c10);
            c20 = TOps.MultiplyAdd(a2, b0, c20);
            c30 = TOps.MultiplyAdd(a3, b0, c30);
            var b1 = TOps.Load(b + bRow + k);
            c01 = TOps.MultiplyAdd(a0, b1, c01);
            c11 = TOps.MultiplyAdd(a1, b1, c11);
            c21 = TOps.MultiplyAdd(a2, b1, c21);
            c31 = TOps.MultiplyAdd(a3, b1, c31);
            var b2 = TOps.Load(b + (2 * bRow) + k);
            c02 = TOps.MultiplyAdd(a0, b2, c02);
            c12 = TOps.MultiplyAdd(a1, b2, c12);
            c22 = TOps.MultiplyAdd(a2, b2, c22);
            c32 = TOps.MultiplyAdd(a3, b2, c32);
            var b3 = TOps.Load(b + (3 * bRow) + k);
            c03 = TOps.MultiplyAdd(a0, b3, c03);
            c13 = TOps.MultiplyAdd(a1, b3, c13);
            c23 = TOps.MultiplyAdd(a2, b3, c23);
            c33 = TOps.MultiplyAdd(a3, b3, c33);
        }

        FinishRow<TOps, TVector, T>(p, a, b, bias, c, stop, c00, c01, c02, c03);
        FinishRow<TOps, TVector, T>(p, a + aRow, b, bias, c + cRow, stop, c10, c11, c12, c13);
        FinishRow<TOps, TVector, T>(p, a + (2 * aRow), b, bias, c + (2 * cRow), stop, c20, c21, c22, c23);
        FinishRow<TOps, TVector, T>(p, a + (3 * aRow), b, bias, c + (3 * cRow), stop, c30, c31, c32, c33);
    }

    /// <summary>Computes 1 row by 4 columns of C.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tile1x4<TOps, TVector, T>(in DotProduct<T> p, T* a, T* b, T* bias, T* c)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var bRow = p.BRowStride;
        var (c0, c1, c2, c3) = (TOps.Zero, TOps.Zero, TOps.Zero, TOps.Zero);
        var stop = VectorStop<TOps, TVector, T>(p.Depth);
        for (nint k = 0; k < stop; k += TOps.Count)
        {
            var a0 = TOps.Load(a + k);
            c0 = TOps.MultiplyAdd(a0, TOps.Load(b + k), c0);
            c1 = TOps.MultiplyAdd(a0, TOps.Load(b + bRow + k), c1);
            c2 = TOps.MultiplyAdd(a0, TOps.Load(b + (2 * bRow) + k), c2);
            c3 = TOps.MultiplyAdd(a0, TOps.Load(b + (3 * bRow) + k), c3);
        }

        FinishRow<TOps, TVector, T>(p, a, b, bias, c, stop, c0, c1, c2, c3);
    }

    /// <summary>Computes 4 rows by 1 column of C.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tile4x1<TOps, TVector, T>(in DotProduct<T> p, T* a, T* b, T* bias, T* c)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (aRow, cRow) = (p.ARowStride, p.CRowStride);
        var (c0, c1, c2, c3) = (TOps.Zero, TOps.Zero, TOps.Zero, TOps.Zero);
        var stop = VectorStop<TOps, TVector, T>(p.Depth);
        for (nint k = 0; k < stop; k += TOps.Count)
        {
            var b0 = TOps.Load(b + k);
            c0 = TOps.MultiplyAdd(TOps.Load(a + k), b0, c0);
            c1 = TOps.MultiplyAdd(TOps.Load(a + aRow + k), b0, c1);
            c2 = TOps.MultiplyAdd(TOps.Load(a + (2 * aRow) + k), b0, c2);
            c3 = TOps.MultiplyAdd(TOps.Load(a + (3 * aRow) + k), b0, c3);
        }

        var (sum0, sum1, sum2, sum3) = TOps.Sum4(c0, c1, c2, c3);
        *c = Finish(p, sum0, a, b, bias, stop);
        c[cRow] = Finish(p, sum1, a + aRow, b, bias, stop);
        c[2 * cRow] = Finish(p, sum2, a + (2 * aRow), b, bias, stop);
        c[3 * cRow] = Finish(p, sum3, a + (3 * aRow), b, bias, stop);
    }

    /// <summary>Computes 1 row by 1 column of C.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tile1x1<TOps, TVector, T>(in DotProduct<T> p, T* a, T* b, T* bias, T* c)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var c0 = TOps.Zero;
        var stop = VectorStop<TOps, TVector, T>(p.Depth);
        for (nint k = 0; k < stop; k += TOps.Count)
        {
            c0 = TOps.MultiplyAdd(TOps.Load(a + k), TOps.Load(b + k), c0);
        }

        *c = Finish(p, TOps.Sum(c0), a, b, bias, stop);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint VectorStop<TOps, TVector, T>(int depth)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged => depth - (depth % TOps.Count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FinishRow<TOps, TVector, T>(
        in DotProduct<T> p, T* a, T* b, T* bias, T* c, nint stop, TVector s0, TVector s1, TVector s2, TVector s3)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var bRow = p.BRowStride;
        var (sum0, sum1, sum2, sum3) = TOps.Sum4(s0, s1, s2, s3);
        c[0] = Finish(p, sum0, a, b, bias, stop);
        c[1] = Finish(p, sum1, a, b + bRow, bias + 1, stop);
        c[2] = Finish(p, sum2, a, b + (2 * bRow), bias + 2, stop);
        c[3] = Finish(p, sum3, a, b + (3 * bRow), bias + 3, stop);
    }

    /// <summary>Adds the leftover depth steps in order to a sum of lanes, then the bias.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Finish<T>(in DotProduct<T> p, T sum, T* a, T* b, T* bias, nint stop)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var k = stop; k < p.Depth; k++)
        {
            sum = T.FusedMultiplyAdd(a[k], b[k], sum);
        }

        return sum + *bias;
    }
}
