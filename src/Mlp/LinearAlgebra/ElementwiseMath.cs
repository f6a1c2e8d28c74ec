using System.Numerics;
using System.Numerics.Tensors;

namespace Mlp.LinearAlgebra;

/// <summary>Element-wise kernels behind the activation functions.</summary>
internal static class ElementwiseMath
{
    /// <summary>h = tanh(z), to within 1 ulp of the C library's tanh.</summary>
    /// <remarks>
    /// TensorPrimitives.Tanh is not used: in System.Numerics.Tensors 10.0 it loses relative
    /// accuracy near zero (tanh(1e-10) is off by 8e-8 and tanh(0) returns −0), which would break
    /// gradient checks that compare to 1e-6.
    /// </remarks>
    public static void Tanh<T>(ReadOnlySpan<T> z, Span<T> h)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var i = 0; i < z.Length; i++)
        {
            h[i] = T.Tanh(z[i]);
        }
    }

    /// <summary>h = 1 / (1 + e^−z); finite for every finite z (e^1000 = ∞ gives h = 0).</summary>
    public static void Logistic<T>(ReadOnlySpan<T> z, Span<T> h)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var i = 0; i < z.Length; i++)
        {
            h[i] = T.One / (T.One + T.Exp(-z[i]));
        }
    }

    /// <summary>p = e^(z − max z) / Σ e^(z − max z) over one example's units.</summary>
    public static void Softmax<T>(ReadOnlySpan<T> z, Span<T> p)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var max = TensorPrimitives.Max(z);
        TensorPrimitives.Subtract(z, max, p);
        TensorPrimitives.Exp(p, p);
        var sum = T.Zero;
        foreach (var value in p)
        {
            sum += value;
        }

        TensorPrimitives.Divide(p, sum, p);
    }

    /// <summary>δ ← δ ⊙ (1 − h²).</summary>
    public static void MultiplyByTanhDerivative<T>(ReadOnlySpan<T> h, Span<T> delta)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var i = 0; i < h.Length; i++)
        {
            delta[i] *= T.One - (h[i] * h[i]);
        }
    }

    /// <summary>δ ← δ ⊙ h ⊙ (1 − h), in that order of operations.</summary>
    public static void MultiplyByLogisticDerivative<T>(ReadOnlySpan<T> h, Span<T> delta)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var i = 0; i < h.Length; i++)
        {
            delta[i] = delta[i] * h[i] * (T.One - h[i]);
        }
    }

    /// <summary>δ ← 0 where h = 0 (relu′ is taken as 0 at z = 0).</summary>
    public static void MultiplyByReluDerivative<T>(ReadOnlySpan<T> h, Span<T> delta)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var i = 0; i < h.Length; i++)
        {
            if (h[i] == T.Zero)
            {
                delta[i] = T.Zero;
            }
        }
    }
}
