using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mlp.LinearAlgebra;

/// <summary>Double-precision operations on 128-bit vectors.</summary>
internal readonly unsafe struct Vector128DoubleLanes : IDoubleLanes<Vector128<double>>
{
    /// <summary>1.5 × 2^52: adding it to an integer-valued double below 2^51 in magnitude leaves
    /// the integer in the low bits of the sum.</summary>
    private const double IntegerShifter = 6755399441055744.0;

    public static int Count => Vector128<double>.Count;

    public static Vector128<double> Create(double value) => Vector128.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Load(double* source) => Vector128.Load(source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(double* destination, Vector128<double> value) => value.Store(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector128<double> Lower, Vector128<double> Upper) LoadWidened(float* source) =>
        Vector128.Widen(Vector128.Load(source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreNarrowed(float* destination, Vector128<double> lower, Vector128<double> upper) =>
        Vector128.Narrow(lower, upper).Store(destination);

    public static Vector128<double> Add(Vector128<double> a, Vector128<double> b) => a + b;

    public static Vector128<double> Subtract(Vector128<double> a, Vector128<double> b) => a - b;

    public static Vector128<double> Multiply(Vector128<double> a, Vector128<double> b) => a * b;

    public static Vector128<double> Divide(Vector128<double> a, Vector128<double> b) => a / b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> MultiplyAdd(Vector128<double> a, Vector128<double> b, Vector128<double> addend) =>
        Vector128.FusedMultiplyAdd(a, b, addend);

    public static Vector128<double> Abs(Vector128<double> value) => Vector128.Abs(value);

    public static Vector128<double> Round(Vector128<double> value) => Vector128.Round(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> ClampNative(Vector128<double> value, Vector128<double> min, Vector128<double> max) =>
        Vector128.MinNative(Vector128.MaxNative(value, min), max);

    public static Vector128<double> LessThan(Vector128<double> a, Vector128<double> b) => Vector128.LessThan(a, b);

    public static Vector128<double> IsNaN(Vector128<double> value) => ~Vector128.Equals(value, value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Select(Vector128<double> mask, Vector128<double> whereSet, Vector128<double> otherwise) =>
        Vector128.ConditionalSelect(mask, whereSet, otherwise);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> ScaleByPowerOfTwo(Vector128<double> value, Vector128<double> k)
    {
        var half = Vector128.Floor(k * 0.5);
        return value * PowerOfTwo(half) * PowerOfTwo(k - half);
    }

    public static double Sum(Vector128<double> value) => Vector128.Sum(value);

    /// <summary>Returns 2^k for integer-valued k in [−1022, 1023] by writing k + 1023 into the exponent bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<double> PowerOfTwo(Vector128<double> k)
    {
        var bias = BitConverter.DoubleToInt64Bits(IntegerShifter) - 1023;
        var exponent = (k + Vector128.Create(IntegerShifter)).AsInt64() - Vector128.Create(bias);
        return Vector128.ShiftLeft(exponent, 52).AsDouble();
    }
}
