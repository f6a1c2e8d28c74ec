using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mlp.LinearAlgebra;

/// <summary>
/// Computes C = A Bᵀ + bias from <see cref="DotProductTiles"/>, blocked for the caches and split
/// across threads.
/// </summary>
/// <remarks>
/// The rows of B are taken in groups that fit in 256 KiB, a quarter of a Zen 4 core's L2. Every
/// 4-row tile of A then sweeps the group while its own rows, 4 × depth values, stay in L1.
/// Threads take disjoint row ranges of C, or column ranges when there are too few rows (a single
/// example), so every element is computed by one thread.
/// </remarks>
internal static unsafe class DotProductKernel
{
    private const int BlockBytes = 256 * 1024;
    private const int Size = DotProductTiles.Size;

    /// <summary>Computes all of C, on several threads when it is large enough to gain.</summary>
    public static void Compute<T>(in DotProduct<T> product)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var path = KernelDispatch.PathFor<T>();
        var flops = 2.0 * product.Rows * product.Columns * product.Depth;
        var partition = Partition.For(flops, Tiles(product.Rows), Tiles(product.Columns));
        if (partition.Parts == 1)
        {
            ComputeRange(product, 0, product.Rows, 0, product.Columns, path);
            return;
        }

        var job = new Job<T> { Product = product, Path = path, SplitsRows = partition.SplitsRows };
        KernelThreads.Run(partition.Parts, partition.Threads, &ComputePart<T>, &job);
    }

    private static int Tiles(int length) => (length + Size - 1) / Size;

    private static void ComputePart<T>(void* arguments, int part, int parts)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ref var job = ref Unsafe.AsRef<Job<T>>(arguments);
        var p = job.Product;
        if (job.SplitsRows)
        {
            var (start, end) = Partition.Share(p.Rows, part, parts, Size);
            ComputeRange(p, start, end, 0, p.Columns, job.Path);
        }
        else
        {
            var (start, end) = Partition.Share(p.Columns, part, parts, Size);
            ComputeRange(p, 0, p.Rows, start, end, job.Path);
        }
    }

    /// <summary>Computes the block [rowStart, rowEnd) × [columnStart, columnEnd) of C.</summary>
    private static void ComputeRange<T>(
        in DotProduct<T> p,
        int rowStart,
        int rowEnd,
        int columnStart,
        int columnEnd,
        KernelPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var rows = (rowStart, rowEnd);
        var columns = (columnStart, columnEnd);
        switch (path)
        {
            case KernelPath.Vector512:
                ComputeBlocks<Vector512Ops<T>, Vector512<T>, T>(p, rows, columns);
                break;
            case KernelPath.Vector256:
                ComputeBlocks<Vector256Ops<T>, Vector256<T>, T>(p, rows, columns);
                break;
            case KernelPath.Vector128:
                ComputeBlocks<Vector128Ops<T>, Vector128<T>, T>(p, rows, columns);
                break;
            default:
                ComputeBlocks<ScalarOps<T>, T, T>(p, rows, columns);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ComputeBlocks<TOps, TVector, T>(
        in DotProduct<T> p, (int Start, int End) rows, (int Start, int End) columns)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var rowBytes = Math.Max(1, p.Depth * sizeof(T));
        var group = Math.Max(Size, BlockBytes / rowBytes / Size * Size);
        for (var j0 = columns.Start; j0 < columns.End; j0 += group)
        {
            var j1 = Math.Min(j0 + group, columns.End);
            var i = rows.Start;
            for (; i + Size <= rows.End; i += Size)
            {
                ComputeRowTile<TOps, TVector, T, Count4>(p, i, j0, j1);
            }

            switch (rows.End - i)
            {
                case 3:
                    ComputeRowTile<TOps, TVector, T, Count3>(p, i, j0, j1);
                    break;
                case 2:
                    ComputeRowTile<TOps, TVector, T, Count2>(p, i, j0, j1);
                    break;
                case 1:
                    ComputeRowTile<TOps, TVector, T, Count1>(p, i, j0, j1);
                    break;
            }
        }
    }

    /// <summary>Computes columns [start, end) of <typeparamref name="TRows"/> rows of C.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ComputeRowTile<TOps, TVector, T, TRows>(
        in DotProduct<T> p, int row, int start, int end)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged, IFloatingPointIeee754<T>
        where TRows : struct, ITileCount
    {
        var a = p.A + (row * p.ARowStride);
        var c = p.C + (row * p.CRowStride);
        var j = start;
        for (; j + Size <= end; j += Size)
        {
            var b = p.B + (j * p.BRowStride);
            DotProductTiles.Tile<TOps, TVector, T, TRows, Count4>(p, a, b, p.Bias + j, c + j);
        }

        var rest = p.B + (j * p.BRowStride);
        switch (end - j)
        {
            case 3:
                DotProductTiles.Tile<TOps, TVector, T, TRows, Count3>(
                    p, a, rest, p.Bias + j, c + j);
                break;
            case 2:
                DotProductTiles.Tile<TOps, TVector, T, TRows, Count2>(
                    p, a, rest, p.Bias + j, c + j);
                break;
            case 1:
                DotProductTiles.Tile<TOps, TVector, T, TRows, Count1>(
                    p, a, rest, p.Bias + j, c + j);
                break;
        }
    }

    private struct Job<T>
        where T : unmanaged
    {
        public DotProduct<T> Product;
        public KernelPath Path;
        public bool SplitsRows;
    }
}
