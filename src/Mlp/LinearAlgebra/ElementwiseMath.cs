using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace Mlp.LinearAlgebra;

/// <summary>Element-wise kernels behind the activation functions.</summary>
/// <remarks>
/// The derivative kernels use System.Numerics.Vector, 256 bits on x64: they do one or two
/// operations per element loaded, so memory bounds them and wider registers gain nothing. They
/// keep the scalar order of operations and give the same bits as a scalar loop.
/// </remarks>
internal static class ElementwiseMath
{
    /// <summary>Row length from which softmax hands rows to TensorPrimitives.</summary>
    private const int ShortRow = 32;

    /// <summary>h = tanh(z), within 2 ulp of Math.Tanh for every input, tiny ones too.</summary>
    /// <remarks>
    /// TensorPrimitives.Tanh is not used: in System.Numerics.Tensors 10.0 it loses relative
    /// accuracy near zero (tanh(1e-10) is off by 8e-8 and tanh(0) returns −0), which would break
    /// gradient checks that compare to 1e-6. <see cref="VectorMath.Tanh"/> evaluates a polynomial
    /// near zero instead.
    /// </remarks>
    public static void Tanh<T>(ReadOnlySpan<T> z, Span<T> h)
        where T : unmanaged, IFloatingPointIeee754<T> => LaneMap.Apply(default(TanhFunction), z, h);

    /// <summary>
    /// h = 1 / (1 + e^−z), within 1 ulp; h = e^z down to subnormal values for very negative z,
    /// and 0 below z ≈ −745.
    /// </summary>
    public static void Logistic<T>(ReadOnlySpan<T> z, Span<T> h)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        LaneMap.Apply(default(LogisticFunction), z, h);

    /// <summary>p = e^(z − max z) / Σ e^(z − max z) over one example's units.</summary>
    public static void Softmax<T>(ReadOnlySpan<T> z, Span<T> p)
        where T : unmanaged, IFloatingPointIeee754<T> => SoftmaxRows(z, p, z.Length);

    /// <summary>
    /// Applies <see cref="Softmax"/> to every row of a row-major batch with
    /// <paramref name="units"/> values per example.
    /// </summary>
    /// <remarks>
    /// The exponentials of the whole batch run as one vector pass: an output layer has few units
    /// (10 for digits), and one pass per row would leave most lanes of a register empty. Each row
    /// is shifted by its maximum first, so that e^(z − max z) ≤ 1 never overflows.
    /// </remarks>
    public static void SoftmaxRows<T>(ReadOnlySpan<T> z, Span<T> p, int units)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var start = 0; start < z.Length; start += units)
        {
            ShiftByMaximum(z.Slice(start, units), p.Slice(start, units));
        }

        LaneMap.Apply(default(ExpFunction), p, p);
        for (var start = 0; start < p.Length; start += units)
        {
            DivideBySum(p.Slice(start, units));
        }
    }

    /// <summary>Computes p = z − max z; NaN anywhere in z makes every p NaN.</summary>
    /// <remarks>
    /// Rows shorter than <see cref="ShortRow"/> use plain loops: a TensorPrimitives call costs
    /// more than the work on a row of 10 units.
    /// </remarks>
    private static void ShiftByMaximum<T>(ReadOnlySpan<T> z, Span<T> p)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (z.Length >= ShortRow)
        {
            TensorPrimitives.Subtract(z, TensorPrimitives.Max(z), p);
            return;
        }

        var max = z[0];
        for (var i = 1; i < z.Length; i++)
        {
            max = T.Max(max, z[i]);
        }

        for (var i = 0; i < z.Length; i++)
        {
            p[i] = z[i] - max;
        }
    }

    /// <summary>Divides a row by its sum, added in index order for short rows.</summary>
    private static void DivideBySum<T>(Span<T> row)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (row.Length >= ShortRow)
        {
            TensorPrimitives.Divide(row, TensorPrimitives.Sum<T>(row), row);
            return;
        }

        var sum = T.Zero;
        foreach (var value in row)
        {
            sum += value;
        }

        for (var i = 0; i < row.Length; i++)
        {
            row[i] /= sum;
        }
    }

    /// <summary>δ ← δ ⊙ (1 − h²).</summary>
    public static void MultiplyByTanhDerivative<T>(ReadOnlySpan<T> h, Span<T> delta)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            var one = Vector<T>.One;
            var hVectors = MemoryMarshal.Cast<T, Vector<T>>(h);
            var deltaVectors = MemoryMarshal.Cast<T, Vector<T>>(delta);
            for (var v = 0; v < hVectors.Length; v++)
            {
                deltaVectors[v] *= one - (hVectors[v] * hVectors[v]);
            }

            i = hVectors.Length * Vector<T>.Count;
        }

        for (; i < h.Length; i++)
        {
            delta[i] *= T.One - (h[i] * h[i]);
        }
    }

    /// <summary>δ ← δ ⊙ h ⊙ (1 − h), in that order of operations.</summary>
    public static void MultiplyByLogisticDerivative<T>(ReadOnlySpan<T> h, Span<T> delta)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            var one = Vector<T>.One;
            var hVectors = MemoryMarshal.Cast<T, Vector<T>>(h);
            var deltaVectors = MemoryMarshal.Cast<T, Vector<T>>(delta);
            for (var v = 0; v < hVectors.Length; v++)
            {
                deltaVectors[v] = deltaVectors[v] * hVectors[v] * (one - hVectors[v]);
            }

            i = hVectors.Length * Vector<T>.Count;
        }

        for (; i < h.Length; i++)
        {
            delta[i] = delta[i] * h[i] * (T.One - h[i]);
        }
    }

    /// <summary>δ ← 0 where h = 0 (relu′ is taken as 0 at z = 0).</summary>
    public static void MultiplyByReluDerivative<T>(ReadOnlySpan<T> h, Span<T> delta)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            var hVectors = MemoryMarshal.Cast<T, Vector<T>>(h);
            var deltaVectors = MemoryMarshal.Cast<T, Vector<T>>(delta);
            for (var v = 0; v < hVectors.Length; v++)
            {
                var atZero = Vector.Equals(hVectors[v], Vector<T>.Zero);
                deltaVectors[v] = Vector.ConditionalSelect(atZero, Vector<T>.Zero, deltaVectors[v]);
            }

            i = hVectors.Length * Vector<T>.Count;
        }

        for (; i < h.Length; i++)
        {
            if (h[i] == T.Zero)
            {
                delta[i] = T.Zero;
            }
        }
    }
}
