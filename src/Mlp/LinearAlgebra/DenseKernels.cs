using System.Numerics;
using System.Numerics.Tensors;

namespace Mlp.LinearAlgebra;

/// <summary>
/// The three matrix products of a dense layer, over row-major spans: the forward pass
/// Z = H Wᵀ + b, the weight gradients G = δᵀ H, and the input gradients dH = δ W.
/// </summary>
/// <remarks>
/// Shapes: H [batch, inputs], W [units, inputs], b [units], Z and δ [batch, units],
/// G [units, inputs], dH [batch, inputs]. Each output element is summed in a fixed order that
/// does not depend on the batch split, so results are reproducible.
/// </remarks>
public static class DenseKernels
{
    /// <summary>Computes Z = H Wᵀ + b: z[n, j] = Σ_k h[n, k] w[j, k] + b[j].</summary>
    /// <exception cref="ArgumentException">A span does not match the shapes.</exception>
    public static void Forward<T>(
        ReadOnlySpan<T> inputs,
        ReadOnlySpan<T> weights,
        ReadOnlySpan<T> biases,
        Span<T> preActivations,
        int batch,
        int inputCount,
        int unitCount)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckLength(inputs, batch * inputCount, nameof(inputs));
        CheckLength(weights, unitCount * inputCount, nameof(weights));
        CheckLength(biases, unitCount, nameof(biases));
        CheckLength(preActivations, batch * unitCount, nameof(preActivations));
        for (var n = 0; n < batch; n++)
        {
            var row = inputs.Slice(n * inputCount, inputCount);
            var z = preActivations.Slice(n * unitCount, unitCount);
            for (var j = 0; j < unitCount; j++)
            {
                z[j] = TensorPrimitives.Dot(row, weights.Slice(j * inputCount, inputCount)) + biases[j];
            }
        }
    }

    /// <summary>Computes G = δᵀ H: g[j, k] = Σ_n δ[n, j] h[n, k], summed over the batch in order.</summary>
    /// <exception cref="ArgumentException">A span does not match the shapes.</exception>
    public static void WeightGradients<T>(
        ReadOnlySpan<T> deltas,
        ReadOnlySpan<T> inputs,
        Span<T> gradients,
        int batch,
        int inputCount,
        int unitCount)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckLength(deltas, batch * unitCount, nameof(deltas));
        CheckLength(inputs, batch * inputCount, nameof(inputs));
        CheckLength(gradients, unitCount * inputCount, nameof(gradients));
        gradients.Clear();
        for (var n = 0; n < batch; n++)
        {
            var row = inputs.Slice(n * inputCount, inputCount);
            for (var j = 0; j < unitCount; j++)
            {
                var gradientRow = gradients.Slice(j * inputCount, inputCount);
                TensorPrimitives.MultiplyAdd(row, deltas[(n * unitCount) + j], gradientRow, gradientRow);
            }
        }
    }

    /// <summary>Computes the column sums of δ: g[j] = Σ_n δ[n, j], summed over the batch in order.</summary>
    /// <exception cref="ArgumentException">A span does not match the shapes.</exception>
    public static void BiasGradients<T>(
        ReadOnlySpan<T> deltas,
        Span<T> gradients,
        int batch,
        int unitCount)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckLength(deltas, batch * unitCount, nameof(deltas));
        CheckLength(gradients, unitCount, nameof(gradients));
        deltas[..unitCount].CopyTo(gradients);
        for (var n = 1; n < batch; n++)
        {
            TensorPrimitives.Add(gradients, deltas.Slice(n * unitCount, unitCount), gradients);
        }
    }

    /// <summary>Computes dH = δ W: dh[n, k] = Σ_j δ[n, j] w[j, k].</summary>
    /// <exception cref="ArgumentException">A span does not match the shapes.</exception>
    public static void InputGradients<T>(
        ReadOnlySpan<T> deltas,
        ReadOnlySpan<T> weights,
        Span<T> inputGradients,
        int batch,
        int inputCount,
        int unitCount)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckLength(deltas, batch * unitCount, nameof(deltas));
        CheckLength(weights, unitCount * inputCount, nameof(weights));
        CheckLength(inputGradients, batch * inputCount, nameof(inputGradients));
        inputGradients.Clear();
        for (var n = 0; n < batch; n++)
        {
            var gradientRow = inputGradients.Slice(n * inputCount, inputCount);
            for (var j = 0; j < unitCount; j++)
            {
                TensorPrimitives.MultiplyAdd(
                    weights.Slice(j * inputCount, inputCount),
                    deltas[(n * unitCount) + j],
                    gradientRow,
                    gradientRow);
            }
        }
    }

    private static void CheckLength<T>(ReadOnlySpan<T> span, int expected, string name)
    {
        if (span.Length != expected)
        {
            throw new ArgumentException($"Expected {expected} values, got {span.Length}.", name);
        }
    }
}
