using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mlp.LinearAlgebra;

/// <summary>Double-precision operations on 256-bit vectors.</summary>
internal readonly unsafe struct Vector256DoubleLanes : IDoubleLanes<Vector256<double>>
{
    /// <summary>1.5 × 2^52: adding it to an integer-valued double below 2^51 in magnitude leaves
    /// the integer in the low bits of the sum.</summary>
    private const double IntegerShifter = 6755399441055744.0;

    public static int Count => Vector256<double>.Count;

    public static Vector256<double> Create(double value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Load(double* source) => Vector256.Load(source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(double* destination, Vector256<double> value) => value.Store(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector256<double> Lower, Vector256<double> Upper) LoadWidened(float* source) =>
        Vector256.Widen(Vector256.Load(source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreNarrowed(float* destination, Vector256<double> lower, Vector256<double> upper) =>
        Vector256.Narrow(lower, upper).Store(destination);

    public static Vector256<double> Add(Vector256<double> a, Vector256<double> b) => a + b;

    public static Vector256<double> Subtract(Vector256<double> a, Vector256<double> b) => a - b;

    public static Vector256<double> Multiply(Vector256<double> a, Vector256<double> b) => a * b;

    public static Vector256<double> Divide(Vector256<double> a, Vector256<double> b) => a / b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> MultiplyAdd(Vector256<double> a, Vector256<double> b, Vector256<double> addend) =>
        Vector256.FusedMultiplyAdd(a, b, addend);

    public static Vector256<double> Abs(Vector256<double> value) => Vector256.Abs(value);

    public static Vector256<double> Round(Vector256<double> value) => Vector256.Round(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> ClampNative(Vector256<double> value, Vector256<double> min, Vector256<double> max) =>
        Vector256.MinNative(Vector256.MaxNative(value, min), max);

    public static Vector256<double> LessThan(Vector256<double> a, Vector256<double> b) => Vector256.LessThan(a, b);

    public static Vector256<double> IsNaN(Vector256<double> value) => ~Vector256.Equals(value, value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Select(Vector256<double> mask, Vector256<double> whereSet, Vector256<double> otherwise) =>
        Vector256.ConditionalSelect(mask, whereSet, otherwise);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> ScaleByPowerOfTwo(Vector256<double> value, Vector256<double> k)
    {
        var half = Vector256.Floor(k * 0.5);
        return value * PowerOfTwo(half) * PowerOfTwo(k - half);
    }

    public static double Sum(Vector256<double> value) => Vector256.Sum(value);

    /// <summary>Returns 2^k for integer-valued k in [−1022, 1023] by writing k + 1023 into the exponent bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> PowerOfTwo(Vector256<double> k)
    {
        var bias = BitConverter.DoubleToInt64Bits(IntegerShifter) - 1023;
        var exponent = (k + Vector256.Create(IntegerShifter)).AsInt64() - Vector256.Create(bias);
        return Vector256.ShiftLeft(exponent, 52).AsDouble();
    }
}
