using System.Numerics;
using System.Runtime.CompilerServices;

namespace Mlp.LinearAlgebra;

/// <summary>
/// Lane operations on single values: the portable path, and the tail of rows whose length is not
/// a multiple of the vector width.
/// </summary>
/// <typeparam name="T">Any IEEE 754 type.</typeparam>
internal readonly unsafe struct ScalarOps<T> : IVectorOps<T, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static int Count => 1;

    public static T Zero => T.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Load(T* source) => *source;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(T* destination, T value) => *destination = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Broadcast(T value) => value;

    /// <remarks>
    /// Fused like the vector paths, so that every path rounds each product-sum the same way.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T MultiplyAdd(T a, T b, T addend) => T.FusedMultiplyAdd(a, b, addend);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum(T value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (T A, T B, T C, T D) Sum4(T a, T b, T c, T d)
    {
        return (a, b, c, d);
    }
}
