using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mlp.LinearAlgebra;

/// <summary>
/// Computes C = A B from <see cref="MatrixProductTiles"/>, blocked for the caches and split
/// across threads.
/// </summary>
/// <remarks>
/// The depth is cut into blocks of <see cref="DepthBlock"/> steps and the columns into blocks
/// that keep DepthBlock × columns of B within 256 KiB, a quarter of a Zen 4 core's L2, so that
/// every row tile re-reads B from L2 rather than from memory; the 4 rows of A that a tile
/// broadcasts over one depth block stay in L1. Later depth blocks add to what earlier ones stored
/// in C, which continues each element's chain of fused multiply-adds unchanged. Threads take
/// disjoint row ranges, or column ranges when there are too few rows, so every element is
/// computed by one thread.
/// </remarks>
internal static unsafe class MatrixProductKernel
{
    private const int DepthBlock = 256;
    private const int BlockBytes = 256 * 1024;
    private const int Rows = MatrixProductTiles.Rows;
    private const int Vectors = MatrixProductTiles.Vectors;

    /// <summary>Computes all of C, on several threads when it is large enough to gain.</summary>
    public static void Compute<T>(in MatrixProduct<T> product)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var path = KernelDispatch.PathFor<T>();
        var flops = 2.0 * product.Rows * product.Columns * product.Depth;
        var columnTile = Vectors * Partition.LaneCount<T>(path);
        var partition = Partition.For(
            flops,
            (product.Rows + Rows - 1) / Rows,
            (product.Columns + columnTile - 1) / columnTile);
        if (partition.Parts == 1)
        {
            ComputeRange(product, (0, product.Rows), (0, product.Columns), path);
            return;
        }

        var job = new Job<T>
        {
            Product = product,
            Path = path,
            SplitsRows = partition.SplitsRows,
            ColumnTile = columnTile,
        };
        KernelThreads.Run(partition.Parts, partition.Threads, &ComputePart<T>, &job);
    }

    private static void ComputePart<T>(void* arguments, int part, int parts)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ref var job = ref Unsafe.AsRef<Job<T>>(arguments);
        var p = job.Product;
        if (job.SplitsRows)
        {
            ComputeRange(p, Partition.Share(p.Rows, part, parts, Rows), (0, p.Columns), job.Path);
        }
        else
        {
            var columns = Partition.Share(p.Columns, part, parts, job.ColumnTile);
            ComputeRange(p, (0, p.Rows), columns, job.Path);
        }
    }

    /// <summary>Computes the block rows × columns of C, each a range [start, end).</summary>
    private static void ComputeRange<T>(
        in MatrixProduct<T> p, (
            int Start, int End) rows, (int Start, int End) columns, KernelPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var columnBlock = Math.Max(64, BlockBytes / (DepthBlock * sizeof(T)));
        for (var r0 = 0; r0 < p.Depth; r0 += DepthBlock)
        {
            var depth = Math.Min(DepthBlock, p.Depth - r0);
            for (var n0 = columns.Start; n0 < columns.End; n0 += columnBlock)
            {
                var n1 = Math.Min(n0 + columnBlock, columns.End);
                var block = new Block(rows.Start, rows.End, r0, depth, Accumulate: r0 > 0);
                ComputeBlock(p, block, n0, n1, path);
            }
        }
    }

    /// <summary>
    /// Runs the widest vectors over as many columns as they fill, then each narrower width over
    /// what is left, down to single values.
    /// </summary>
    private static void ComputeBlock<T>(
        in MatrixProduct<T> p, in Block block, int start, int end, KernelPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (path >= KernelPath.Vector512)
        {
            start = ComputeColumns<Vector512Ops<T>, Vector512<T>, T>(p, block, start, end);
        }

        if (path >= KernelPath.Vector256)
        {
            start = ComputeColumns<Vector256Ops<T>, Vector256<T>, T>(p, block, start, end);
        }

        if (path >= KernelPath.Vector128)
        {
            start = ComputeColumns<Vector128Ops<T>, Vector128<T>, T>(p, block, start, end);
        }

        ComputeColumns<ScalarOps<T>, T, T>(p, block, start, end);
    }

    /// <summary>
    /// Computes the columns in [start, end) that whole vectors cover and returns the first column
    /// left over.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ComputeColumns<TOps, TVector, T>(
        in MatrixProduct<T> p, in Block block, int start, int end)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var width = TOps.Count;
        var stop = start + ((end - start) / width * width);
        var i = block.RowStart;
        for (; i + Rows <= block.RowEnd; i += Rows)
        {
            ComputeRowTile<TOps, TVector, T, Count4>(p, block, i, start, stop);
        }

        switch (block.RowEnd - i)
        {
            case 3:
                ComputeRowTile<TOps, TVector, T, Count3>(p, block, i, start, stop);
                break;
            case 2:
                ComputeRowTile<TOps, TVector, T, Count2>(p, block, i, start, stop);
                break;
            case 1:
                ComputeRowTile<TOps, TVector, T, Count1>(p, block, i, start, stop);
                break;
        }

        return stop;
    }

    /// <summary>Computes columns [start, stop) of <typeparamref name="TRows"/> rows of C.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ComputeRowTile<TOps, TVector, T, TRows>(
        in MatrixProduct<T> p, in Block block, int row, int start, int stop)
        where TOps : struct, IVectorOps<TVector, T>
        where TVector : struct
        where T : unmanaged, IFloatingPointIeee754<T>
        where TRows : struct, ITileCount
    {
        var tileWidth = Vectors * TOps.Count;
        var a = p.A + (row * p.ARowStride) + (block.DepthStart * p.ADepthStride);
        var b = p.B + (block.DepthStart * p.BRowStride);
        var c = p.C + (row * p.CRowStride);
        var (depth, accumulate) = (block.Depth, block.Accumulate);
        var col = start;
        for (; col + tileWidth <= stop; col += tileWidth)
        {
            MatrixProductTiles.Tile<TOps, TVector, T, TRows, Count4>(
                p, a, b + col, c + col, depth, accumulate);
        }

        for (; col < stop; col += TOps.Count)
        {
            MatrixProductTiles.Tile<TOps, TVector, T, TRows, Count1>(
                p, a, b + col, c + col, depth, accumulate);
        }
    }

    /// <summary>
    /// Rows and depth steps of one cache block; with Accumulate the block adds to C, else it
    /// overwrites C.
    /// </summary>
    private readonly record struct Block(
        int RowStart, int RowEnd, int DepthStart, int Depth, bool Accumulate);

    private struct Job<T>
        where T : unmanaged
    {
        public MatrixProduct<T> Product;
        public KernelPath Path;
        public bool SplitsRows;
        public int ColumnTile;
    }
}
