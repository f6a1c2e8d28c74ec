using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Lanes = System.Runtime.Intrinsics.Vector512<double>;

namespace Mlp.LinearAlgebra;

/// <summary>Double-precision operations on 512-bit vectors.</summary>
internal readonly unsafe struct Vector512DoubleLanes : IDoubleLanes<Lanes>
{
    /// <summary>
    /// 1.5 × 2^52: adding it to an integer-valued double below 2^51 in magnitude leaves the
    /// integer, in two's complement, in the low bits of the sum.
    /// </summary>
    private const double IntegerShifter = 6755399441055744.0;

    public static int Count => Lanes.Count;

    public static Lanes Create(double value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes Load(double* source) => Vector512.Load(source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(double* destination, Lanes value) => value.Store(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes LoadWidened(float* source) =>
        Vector512.WidenLower(Vector256.Load(source).ToVector512Unsafe());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreNarrowed(float* destination, Lanes value) =>
        Vector512.Narrow(value, value).GetLower().Store(destination);

    public static Lanes Add(Lanes a, Lanes b) => a + b;

    public static Lanes Subtract(Lanes a, Lanes b) => a - b;

    public static Lanes Multiply(Lanes a, Lanes b) => a * b;

    public static Lanes Divide(Lanes a, Lanes b) => a / b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes MultiplyAdd(Lanes a, Lanes b, Lanes addend) =>
        Vector512.FusedMultiplyAdd(a, b, addend);

    public static Lanes Abs(Lanes value) => Vector512.Abs(value);

    public static Lanes Round(Lanes value) => Vector512.Round(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes ClampNative(Lanes value, Lanes min, Lanes max) =>
        Vector512.MinNative(Vector512.MaxNative(value, min), max);

    public static Lanes LessThan(Lanes a, Lanes b) => Vector512.LessThan(a, b);

    public static Lanes IsNaN(Lanes value) => ~Vector512.Equals(value, value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes Select(Lanes mask, Lanes whereSet, Lanes otherwise) =>
        Vector512.ConditionalSelect(mask, whereSet, otherwise);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes ScaleByPowerOfTwo(Lanes value, Lanes k)
    {
        var half = Vector512.Floor(k * 0.5);
        return value * PowerOfTwo(half) * PowerOfTwo(k - half);
    }

    /// <summary>Returns 2^k for integer-valued k in [−1022, 1023]: exponent bits k + 1023.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Lanes PowerOfTwo(Lanes k)
    {
        var bias = BitConverter.DoubleToInt64Bits(IntegerShifter) - 1023;
        var exponent = (k + Vector512.Create(IntegerShifter)).AsInt64() - Vector512.Create(bias);
        return Vector512.ShiftLeft(exponent, 52).AsDouble();
    }
}
