using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mlp.LinearAlgebra;

/// <summary>Double-precision operations on 512-bit vectors.</summary>
internal readonly unsafe struct Vector512DoubleLanes : IDoubleLanes<Vector512<double>>
{
    /// <summary>1.5 × 2^52: adding it to an integer-valued double below 2^51 in magnitude leaves
    /// the integer in the low bits of the sum.</summary>
    private const double IntegerShifter = 6755399441055744.0;

    public static int Count => Vector512<double>.Count;

    public static Vector512<double> Create(double value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Load(double* source) => Vector512.Load(source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(double* destination, Vector512<double> value) => value.Store(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector512<double> Lower, Vector512<double> Upper) LoadWidened(float* source) =>
        Vector512.Widen(Vector512.Load(source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreNarrowed(float* destination, Vector512<double> lower, Vector512<double> upper) =>
        Vector512.Narrow(lower, upper).Store(destination);

    public static Vector512<double> Add(Vector512<double> a, Vector512<double> b) => a + b;

    public static Vector512<double> Subtract(Vector512<double> a, Vector512<double> b) => a - b;

    public static Vector512<double> Multiply(Vector512<double> a, Vector512<double> b) => a * b;

    public static Vector512<double> Divide(Vector512<double> a, Vector512<double> b) => a / b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> MultiplyAdd(Vector512<double> a, Vector512<double> b, Vector512<double> addend) =>
        Vector512.FusedMultiplyAdd(a, b, addend);

    public static Vector512<double> Abs(Vector512<double> value) => Vector512.Abs(value);

    public static Vector512<double> Round(Vector512<double> value) => Vector512.Round(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> ClampNative(Vector512<double> value, Vector512<double> min, Vector512<double> max) =>
        Vector512.MinNative(Vector512.MaxNative(value, min), max);

    public static Vector512<double> LessThan(Vector512<double> a, Vector512<double> b) => Vector512.LessThan(a, b);

    public static Vector512<double> IsNaN(Vector512<double> value) => ~Vector512.Equals(value, value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Select(Vector512<double> mask, Vector512<double> whereSet, Vector512<double> otherwise) =>
        Vector512.ConditionalSelect(mask, whereSet, otherwise);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> ScaleByPowerOfTwo(Vector512<double> value, Vector512<double> k)
    {
        var half = Vector512.Floor(k * 0.5);
        return value * PowerOfTwo(half) * PowerOfTwo(k - half);
    }

    public static double Sum(Vector512<double> value) => Vector512.Sum(value);

    /// <summary>Returns 2^k for integer-valued k in [−1022, 1023] by writing k + 1023 into the exponent bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> PowerOfTwo(Vector512<double> k)
    {
        var bias = BitConverter.DoubleToInt64Bits(IntegerShifter) - 1023;
        var exponent = (k + Vector512.Create(IntegerShifter)).AsInt64() - Vector512.Create(bias);
        return Vector512.ShiftLeft(exponent, 52).AsDouble();
    }
}
