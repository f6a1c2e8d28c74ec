using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mlp.LinearAlgebra;

/// <summary>Lane operations on 128-bit vectors of float or double.</summary>
/// <typeparam name="T">float or double; the JIT folds the type tests away.</typeparam>
internal readonly unsafe struct Vector128Ops<T> : IVectorOps<Vector128<T>, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static int Count => Vector128<T>.Count;

    public static Vector128<T> Zero => Vector128<T>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Load(T* source) => Vector128.Load(source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(T* destination, Vector128<T> value) => value.Store(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Broadcast(T value) => Vector128.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> MultiplyAdd(Vector128<T> a, Vector128<T> b, Vector128<T> addend)
    {
        if (typeof(T) == typeof(float))
        {
            return Vector128.FusedMultiplyAdd(a.AsSingle(), b.AsSingle(), addend.AsSingle())
                .As<float, T>();
        }

        return Vector128.FusedMultiplyAdd(a.AsDouble(), b.AsDouble(), addend.AsDouble())
            .As<double, T>();
    }

    /// <remarks>
    /// Spelled out because Vector128.Sum in .NET 10 adds neighbouring lanes first, which is not
    /// the halving order shared with the wider registers.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum(Vector128<T> value)
    {
        if (typeof(T) == typeof(float))
        {
            var lanes = value.AsSingle();
            lanes += Vector128.Shuffle(lanes, Vector128.Create(2, 3, 0, 1));
            lanes += Vector128.Shuffle(lanes, Vector128.Create(1, 0, 3, 2));
            return lanes.As<float, T>().ToScalar();
        }

        var pair = value.AsDouble();
        pair += Vector128.Shuffle(pair, Vector128.Create(1L, 0L));
        return pair.As<double, T>().ToScalar();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (T A, T B, T C, T D) Sum4(
        Vector128<T> a, Vector128<T> b, Vector128<T> c, Vector128<T> d)
    {
        return (Sum(a), Sum(b), Sum(c), Sum(d));
    }
}
