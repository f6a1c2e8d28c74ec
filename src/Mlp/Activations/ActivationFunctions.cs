using System.Numerics;
using System.Numerics.Tensors;
using Mlp.LinearAlgebra;

namespace Mlp.Activations;

/// <summary>
/// Applies activation functions and their derivatives element-wise over spans of float or double.
/// </summary>
/// <remarks>
/// Every derivative here is taken from the activation h = g(z), not from z, because backprop keeps
/// h: tanh′ = 1 − h², σ′ = h (1 − h), relu′ = 1 where h &gt; 0 and 0 elsewhere (also at z = 0,
/// as scikit-learn does), identity′ = 1. NaN inputs give NaN outputs; ±∞ give the function's limit.
/// </remarks>
public static class ActivationFunctions
{
    /// <summary>Computes h = g(z) for every element.</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Apply<T>(
        Activation activation,
        ReadOnlySpan<T> preActivations,
        Span<T> activations)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckSameLength(preActivations, activations, nameof(activations));
        switch (activation)
        {
            case Activation.Identity:
                preActivations.CopyTo(activations);
                break;
            case Activation.Logistic:
                ElementwiseMath.Logistic(preActivations, activations);
                break;
            case Activation.Tanh:
                ElementwiseMath.Tanh(preActivations, activations);
                break;
            case Activation.Relu:
                TensorPrimitives.Max(preActivations, T.Zero, activations);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, null);
        }
    }

    /// <summary>
    /// Computes ŷ = g(z) for the output layer of a batch stored row-major with
    /// <paramref name="units"/> values per example.
    /// </summary>
    /// <remarks>
    /// Softmax is computed per row as e^(z − max z) / Σ e^(z − max z), so logits such as
    /// [1000, 0] give [1, 0] and never overflow.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// The spans differ in length, or the length is not a multiple of <paramref name="units"/>.
    /// </exception>
    public static void ApplyOutput<T>(
        OutputActivation output,
        ReadOnlySpan<T> preActivations,
        Span<T> activations,
        int units)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckSameLength(preActivations, activations, nameof(activations));
        ArgumentOutOfRangeException.ThrowIfLessThan(units, 1);
        if (preActivations.Length % units != 0)
        {
            throw new ArgumentException(
                $"Length {preActivations.Length} is not a multiple of {units} units.",
                nameof(preActivations));
        }

        switch (output)
        {
            case OutputActivation.Identity:
                preActivations.CopyTo(activations);
                break;
            case OutputActivation.Logistic:
                ElementwiseMath.Logistic(preActivations, activations);
                break;
            case OutputActivation.Softmax:
                ElementwiseMath.SoftmaxRows(preActivations, activations, units);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(output), output, null);
        }
    }

    /// <summary>Computes g′(z) for every element from the activation h = g(z).</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void DerivativeFromOutput<T>(
        Activation activation,
        ReadOnlySpan<T> activations,
        Span<T> derivatives)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckSameLength(activations, derivatives, nameof(derivatives));
        derivatives.Fill(T.One);
        MultiplyByDerivative(activation, activations, derivatives);
    }

    /// <summary>
    /// Multiplies each delta by g′(z) in place, taking g′ from the activation h = g(z):
    /// δ ← δ ⊙ g′. This turns dL/dh into dL/dz.
    /// </summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void MultiplyByDerivative<T>(
        Activation activation,
        ReadOnlySpan<T> activations,
        Span<T> deltas)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckSameLength(activations, deltas, nameof(deltas));
        switch (activation)
        {
            case Activation.Identity:
                break;
            case Activation.Logistic:
                ElementwiseMath.MultiplyByLogisticDerivative(activations, deltas);
                break;
            case Activation.Tanh:
                ElementwiseMath.MultiplyByTanhDerivative(activations, deltas);
                break;
            case Activation.Relu:
                ElementwiseMath.MultiplyByReluDerivative(activations, deltas);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, null);
        }
    }

    private static void CheckSameLength<T>(ReadOnlySpan<T> source, Span<T> destination, string name)
    {
        if (source.Length != destination.Length)
        {
            throw new ArgumentException(
                $"Destination length {destination.Length} differs from source length {source.Length}.",
                name);
        }
    }
}
