namespace Mlp.LinearAlgebra;

/// <summary>Splits the output of one kernel call into parts for threads.</summary>
/// <remarks>
/// A split never changes a result: every output element is computed whole by one part, in an
/// order that does not depend on the part boundaries. Rows are split when there are enough of
/// them, because each part then reads the other operand whole from cache. Columns are split when
/// rows are too few, as for a single example or a 10-unit output layer.
/// </remarks>
internal readonly record struct Partition(int Parts, int Threads, bool SplitsRows)
{
    /// <summary>
    /// Floating-point operations below which a call runs on the calling thread, because handing
    /// a part to a worker and waiting for it costs more than the part saves.
    /// </summary>
    /// <remarks>
    /// Measured on a 2-core Zen 4 with the products of a 64-unit layer with 128 inputs. At 262K
    /// operations (batch 16) two threads were 10% slower than one, at 393K (batch 24) 20 to 30%
    /// faster, and at 524K (batch 32) 40 to 50% faster.
    /// </remarks>
    internal const double ParallelThreshold = 350_000;

    /// <summary>
    /// Parts per thread: threads claim parts as they come free, so a thread that starts late or
    /// is preempted leaves its second part to the others.
    /// </summary>
    private const int PartsPerThread = 2;

    /// <summary>A single part on the calling thread.</summary>
    public static Partition Serial => new(1, 1, SplitsRows: true);

    /// <summary>Chooses the threads and parts for an output of rowTiles × columnTiles tiles.</summary>
    public static Partition For(double flops, int rowTiles, int columnTiles)
    {
        var threads = flops < ParallelThreshold ? 1 : KernelOptions.MaxDegreeOfParallelism;
        if (threads == 1)
        {
            return Serial;
        }

        var splitsRows = rowTiles >= PartsPerThread * threads || rowTiles >= columnTiles;
        var tiles = splitsRows ? rowTiles : columnTiles;
        var parts = Math.Min(PartsPerThread * threads, tiles);
        return parts <= 1 ? Serial : new Partition(parts, Math.Min(threads, parts), splitsRows);
    }

    /// <summary>
    /// Returns the range of <paramref name="part"/> when [0, <paramref name="length"/>) is cut
    /// into <paramref name="parts"/> ranges whose starts are multiples of
    /// <paramref name="align"/>; trailing ranges are empty when there is too little to share.
    /// </summary>
    public static (int Start, int End) Share(int length, int part, int parts, int align)
    {
        var units = (length + align - 1) / align;
        var start = Math.Min(length, (int)((long)units * part / parts) * align);
        var end = part == parts - 1
            ? length
            : Math.Min(length, (int)((long)units * (part + 1) / parts) * align);
        return (start, end);
    }

    /// <summary>Returns the number of lanes of the widest register of a path.</summary>
    public static unsafe int LaneCount<T>(KernelPath path)
        where T : unmanaged => path switch
        {
            KernelPath.Vector512 => 64 / sizeof(T),
            KernelPath.Vector256 => 32 / sizeof(T),
            KernelPath.Vector128 => 16 / sizeof(T),
            _ => 1,
        };
}
