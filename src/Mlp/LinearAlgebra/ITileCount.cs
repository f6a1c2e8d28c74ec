namespace Mlp.LinearAlgebra;

/// <summary>
/// A count known when the JIT compiles a kernel, so that one tile method covers 1 to 4 rows or
/// vectors: tests on <see cref="Value"/> fold to constants and the unused accumulators vanish.
/// </summary>
internal interface ITileCount
{
    /// <summary>The count.</summary>
    static abstract int Value { get; }
}

/// <summary>A tile extent of 1.</summary>
internal readonly struct Count1 : ITileCount
{
    public static int Value => 1;
}

/// <summary>A tile extent of 2.</summary>
internal readonly struct Count2 : ITileCount
{
    public static int Value => 2;
}

/// <summary>A tile extent of 3.</summary>
internal readonly struct Count3 : ITileCount
{
    public static int Value => 3;
}

/// <summary>A tile extent of 4.</summary>
internal readonly struct Count4 : ITileCount
{
    public static int Value => 4;
}
