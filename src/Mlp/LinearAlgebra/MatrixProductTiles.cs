using System.Runtime.CompilerServices;

namespace Mlp.LinearAlgebra;

/// <summary>
/// Register tiles of C = A B computed as a sum of outer products: for each step r of the depth,
/// every element of a tile gains a[i, r] × b[r, col] through one fused multiply-add.
/// </summary>
/// <remarks>
/// A is read one element at a time through two strides, so the same tiles serve A and Aᵀ; B and
/// C are row-major. Each element of C is the sequence c ← fma(a[i, r], b[r, col], c) for r in
/// increasing order, starting from +0 or from the value already in C. That sequence does not
/// depend on the tile shape, the vector width or the thread that runs the tile, so every path
/// gives bit-identical results. A 4 × 4-vector tile keeps 16 accumulators, 4 loads of B and one
/// broadcast of A in registers: 21 of the 32 AVX-512 registers, and 16 fused multiply-adds per
/// 8 loads, which keeps both FMA pipes of a core busy.
/// </remarks>
internal static unsafe class MatrixProductTiles
{
    /// <summary>Rows of C in the main tile.</summary>
    public const int Rows = 4;

    /// <summary>Vectors per row of C in the main tile.</summary>
    public const int Vectors = 4;

    /// <summary>Computes a tile of 4 rows by 4 vectors of C.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tile4x4<TOps, TVector, T>(in MatrixProduct<T> p, T* a, T* b, T* c, int depth, bool accumulate)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged
    {
        nint width = TOps.Count;
        var (aRow, aStep, bRow, cRow) = (p.ARowStride, p.ADepthStride, p.BRowStride, p.CRowStride);
        var c00 = accumulate ? TOps.Load(c) : TOps.Zero;
        var c01 = accumulate ? TOps.Load(c + width) : TOps.Zero;
        var c02 = accumulate ? TOps.Load(c + (2 * width)) : TOps.Zero;
        var c03 = accumulate ? TOps.Load(c + (3 * width)) : TOps.Zero;
        var c10 = accumulate ? TOps.Load(c + cRow) : TOps.Zero;
        var c11 = accumulate ? TOps.Load(c + cRow + width) : TOps.Zero;
        var c12 = accumulate ? TOps.Load(c + cRow + (2 * width)) : TOps.Zero;
        var c13 = accumulate ? TOps.Load(c + cRow + (3 * width)) : TOps.Zero;
        var c20 = accumulate ? TOps.Load(c + (2 * cRow)) : TOps.Zero;
        var c21 = accumulate ? TOps.Load(c + (2 * cRow) + width) : TOps.Zero;
        var c22 = accumulate ? TOps.Load(c + (2 * cRow) + (2 * width)) : TOps.Zero;
        var c23 = accumulate ? TOps.Load(c + (2 * cRow) + (3 * width)) : TOps.Zero;
        var c30 = accumulate ? TOps.Load(c + (3 * cRow)) : TOps.Zero;
        var c31 = accumulate ? TOps.Load(c + (3 * cRow) + width) : TOps.Zero;
        var c32 = accumulate ? TOps.Load(c + (3 * cRow) + (2 * width)) : TOps.Zero;
        var c33 = accumulate ? TOps.Load(c + (3 * cRow) + (3 * width)) : TOps.Zero;
        for (var r = 0; r < depth; r++)
        {
            var b0 = TOps.Load(b);
            var b1 = TOps.Load(b + width);
            var b2 = TOps.Load(b + (2 * width));
            var b3 = TOps.Load(b + (3 * width));
            var a0 = TOps.Broadcast(a[0]);
            c00 = TOps.MultiplyAdd(a0, b0, c00);
            c01 = TOps.MultiplyAdd(a0, b1, c01);
            c02 = TOps.MultiplyAdd(a0, b2, c02);
            c03 = TOps.MultiplyAdd(a0, b3, c03);
            var a1 = TOps.Broadcast(a[aRow]);
            c10 = TOps.MultiplyAdd(a1, b0, c10);
            c11 = TOps.MultiplyAdd(a1, b1, c11);
            c12 = TOps.MultiplyAdd(a1, b2, c12);
            c13 = TOps.MultiplyAdd(a1, b3, c13);
            var a2 = TOps.Broadcast(a[2 * aRow]);
            c20 = TOps.MultiplyAdd(a2, b0, c20);
            c21 = TOps.MultiplyAdd(a2, b1, c21);
            c22 = TOps.MultiplyAdd(a2, b2, c22);
            c23 = TOps.MultiplyAdd(a2, b3, c23);
            var a3 = TOps.Broadcast(a[3 * aRow]);
            c30 = TOps.MultiplyAdd(a3, b0, c30);
            c31 = TOps.MultiplyAdd(a3, b1, c31);
            c32 = TOps.MultiplyAdd(a3, b2, c32);
            c33 = TOps.MultiplyAdd(a3, b3, c33);
            a += aStep;
            b += bRow;
        }

        Store4<TOps, TVector, T>(c, width, c00, c01, c02, c03);
        Store4<TOps, TVector, T>(c + cRow, width, c10, c11, c12, c13);
        Store4<TOps, TVector, T>(c + (2 * cRow), width, c20, c21, c22, c23);
        Store4<TOps, TVector, T>(c + (3 * cRow), width, c30, c31, c32, c33);
    }

    /// <summary>Computes a tile of 4 rows by 1 vector of C.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tile4x1<TOps, TVector, T>(in MatrixProduct<T> p, T* a, T* b, T* c, int depth, bool accumulate)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged
    {
        var (aRow, aStep, bRow, cRow) = (p.ARowStride, p.ADepthStride, p.BRowStride, p.CRowStride);
        var c0 = accumulate ? TOps.Load(c) : TOps.Zero;
        var c1 = accumulate ? TOps.Load(c + cRow) : TOps.Zero;
        var c2 = accumulate ? TOps.Load(c + (2 * cRow)) : TOps.Zero;
        var c3 = accumulate ? TOps.Load(c + (3 * cRow)) : TOps.Zero;
        for (var r = 0; r < depth; r++)
        {
            var b0 = TOps.Load(b);
            c0 = TOps.MultiplyAdd(TOps.Broadcast(a[0]), b0, c0);
            c1 = TOps.MultiplyAdd(TOps.Broadcast(a[aRow]), b0, c1);
            c2 = TOps.MultiplyAdd(TOps.Broadcast(a[2 * aRow]), b0, c2);
            c3 = TOps.MultiplyAdd(TOps.Broadcast(a[3 * aRow]), b0, c3);
            a += aStep;
            b += bRow;
        }

        TOps.Store(c, c0);
        TOps.Store(c + cRow, c1);
        TOps.Store(c + (2 * cRow), c2);
        TOps.Store(c + (3 * cRow), c3);
    }

    /// <summary>Computes a tile of 1 row by 4 vectors of C.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tile1x4<TOps, TVector, T>(in MatrixProduct<T> p, T* a, T* b, T* c, int depth, bool accumulate)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged
    {
        nint width = TOps.Count;
        var (aStep, bRow) = (p.ADepthStride, p.BRowStride);
        var c0 = accumulate ? TOps.Load(c) : TOps.Zero;
        var c1 = accumulate ? TOps.Load(c + width) : TOps.Zero;
        var c2 = accumulate ? TOps.Load(c + (2 * width)) : TOps.Zero;
        var c3 = accumulate ? TOps.Load(c + (3 * width)) : TOps.Zero;
        for (var r = 0; r < depth; r++)
        {
            var a0 = TOps.Broadcast(a[0]);
            c0 = TOps.MultiplyAdd(a0, TOps.Load(b), c0);
            c1 = TOps.MultiplyAdd(a0, TOps.Load(b + width), c1);
            c2 = TOps.MultiplyAdd(a0, TOps.Load(b + (2 * width)), c2);
            c3 = TOps.MultiplyAdd(a0, TOps.Load(b + (3 * width)), c3);
            a += aStep;
            b += bRow;
        }

        Store4<TOps, TVector, T>(c, width, c0, c1, c2, c3);
    }

    /// <summary>Computes a tile of 1 row by 1 vector of C.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tile1x1<TOps, TVector, T>(in MatrixProduct<T> p, T* a, T* b, T* c, int depth, bool accumulate)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged
    {
        var (aStep, bRow) = (p.ADepthStride, p.BRowStride);
        var c0 = accumulate ? TOps.Load(c) : TOps.Zero;
        for (var r = 0; r < depth; r++)
        {
            c0 = TOps.MultiplyAdd(TOps.Broadcast(a[0]), TOps.Load(b), c0);
            a += aStep;
            b += bRow;
        }

        TOps.Store(c, c0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store4<TOps, TVector, T>(T* c, nint width, TVector v0, TVector v1, TVector v2, TVector v3)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged
    {
        TOps.Store(c, v0);
        TOps.Store(c + width, v1);
        TOps.Store(c + (2 * width), v2);
        TOps.Store(c + (3 * width), v3);
    }
}
