using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Mlp.LinearAlgebra;

/// <summary>Lane operations on 256-bit vectors of float or double.</summary>
/// <typeparam name="T">float or double; the JIT folds the type tests away.</typeparam>
internal readonly unsafe struct Vector256Ops<T> : IVectorOps<Vector256<T>, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static int Count => Vector256<T>.Count;

    public static Vector256<T> Zero => Vector256<T>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Load(T* source) => Vector256.Load(source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(T* destination, Vector256<T> value) => value.Store(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Broadcast(T value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> MultiplyAdd(Vector256<T> a, Vector256<T> b, Vector256<T> addend)
    {
        if (typeof(T) == typeof(float))
        {
            return Vector256.FusedMultiplyAdd(a.AsSingle(), b.AsSingle(), addend.AsSingle())
                .As<float, T>();
        }

        return Vector256.FusedMultiplyAdd(a.AsDouble(), b.AsDouble(), addend.AsDouble())
            .As<double, T>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum(Vector256<T> value) =>
        Vector128Ops<T>.Sum(value.GetLower() + value.GetUpper());

    /// <remarks>
    /// Adds the halves of a and b in one register, [a.lower + a.upper, b.lower + b.upper], and
    /// likewise c and d, then finishes both 128-bit halves of each register at once.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (T A, T B, T C, T D) Sum4(
        Vector256<T> a, Vector256<T> b, Vector256<T> c, Vector256<T> d)
    {
        if (!Avx.IsSupported)
        {
            return (Sum(a), Sum(b), Sum(c), Sum(d));
        }

        var ab = FinishHalves(AddHalves(a, b));
        var cd = FinishHalves(AddHalves(c, d));
        var half = Vector256<T>.Count / 2;
        return (ab.GetElement(0), ab.GetElement(half), cd.GetElement(0), cd.GetElement(half));
    }

    /// <summary>Returns [a.lower + a.upper, b.lower + b.upper].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> AddHalves(Vector256<T> a, Vector256<T> b)
    {
        var lowers = Avx.Permute2x128(a.AsDouble(), b.AsDouble(), 0x20);
        var uppers = Avx.Permute2x128(a.AsDouble(), b.AsDouble(), 0x31);
        return lowers.As<double, T>() + uppers.As<double, T>();
    }

    /// <summary>Finishes the halving sum inside each 128-bit half, in the half's first lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> FinishHalves(Vector256<T> value)
    {
        if (typeof(T) == typeof(float))
        {
            var lanes = value.AsSingle();
            lanes += Avx.Permute(lanes, 0b01_00_11_10);
            lanes += Avx.Permute(lanes, 0b10_11_00_01);
            return lanes.As<float, T>();
        }

        var pairs = value.AsDouble();
        pairs += Avx.Permute(pairs, 0b0101);
        return pairs.As<double, T>();
    }
}
