using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Mlp.LinearAlgebra;

/// <summary>Lane operations on 512-bit vectors of float or double.</summary>
/// <typeparam name="T">float or double; the JIT folds the type tests away.</typeparam>
internal readonly unsafe struct Vector512Ops<T> : IVectorOps<Vector512<T>, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static int Count => Vector512<T>.Count;

    public static Vector512<T> Zero => Vector512<T>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Load(T* source) => Vector512.Load(source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(T* destination, Vector512<T> value) => value.Store(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Broadcast(T value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> MultiplyAdd(Vector512<T> a, Vector512<T> b, Vector512<T> addend)
    {
        if (typeof(T) == typeof(float))
        {
            return Vector512.FusedMultiplyAdd(a.AsSingle(), b.AsSingle(), addend.AsSingle())
                .As<float, T>();
        }

        return Vector512.FusedMultiplyAdd(a.AsDouble(), b.AsDouble(), addend.AsDouble())
            .As<double, T>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum(Vector512<T> value) =>
        Vector256Ops<T>.Sum(value.GetLower() + value.GetUpper());

    /// <remarks>
    /// Adds the 256-bit halves of a and b into one register and those of c and d into another,
    /// then the 128-bit quarters of both into one register, and finishes its four quarters at
    /// once: 8 shuffles and 5 additions in all, where four separate sums take 16 and 16.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (T A, T B, T C, T D) Sum4(
        Vector512<T> a, Vector512<T> b, Vector512<T> c, Vector512<T> d)
    {
        if (!Avx512F.IsSupported)
        {
            return (Sum(a), Sum(b), Sum(c), Sum(d));
        }

        var quarters = FinishQuarters(AddQuarters(AddHalves(a, b), AddHalves(c, d)));
        var quarter = Vector512<T>.Count / 4;
        return (
            quarters.GetElement(0),
            quarters.GetElement(quarter),
            quarters.GetElement(2 * quarter),
            quarters.GetElement(3 * quarter));
    }

    // Shuffle4x128 takes quarters 0 and 1 of its result from the first operand and quarters 2
    // and 3 from the second, two bits of the control byte naming the source quarter of each.

    /// <summary>Returns [a.lower + a.upper, b.lower + b.upper] for 256-bit halves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<T> AddHalves(Vector512<T> a, Vector512<T> b)
    {
        var lowers = Avx512F.Shuffle4x128(a.AsDouble(), b.AsDouble(), 0b01_00_01_00);
        var uppers = Avx512F.Shuffle4x128(a.AsDouble(), b.AsDouble(), 0b11_10_11_10);
        return lowers.As<double, T>() + uppers.As<double, T>();
    }

    /// <summary>
    /// Returns the sums of the two quarters of each half of ab and cd, in the order a, b, c, d.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<T> AddQuarters(Vector512<T> ab, Vector512<T> cd)
    {
        var evens = Avx512F.Shuffle4x128(ab.AsDouble(), cd.AsDouble(), 0b10_00_10_00);
        var odds = Avx512F.Shuffle4x128(ab.AsDouble(), cd.AsDouble(), 0b11_01_11_01);
        return evens.As<double, T>() + odds.As<double, T>();
    }

    /// <summary>Finishes the halving sum inside each 128-bit quarter, in its first lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<T> FinishQuarters(Vector512<T> value)
    {
        if (typeof(T) == typeof(float))
        {
            var lanes = value.AsSingle();
            lanes += Avx512F.Permute4x32(lanes, 0b01_00_11_10);
            lanes += Avx512F.Permute4x32(lanes, 0b10_11_00_01);
            return lanes.As<float, T>();
        }

        var pairs = value.AsDouble();
        pairs += Avx512F.Permute2x64(pairs, 0b0101_0101);
        return pairs.As<double, T>();
    }
}
