using System.Numerics;

namespace Mlp.LinearAlgebra;

/// <summary>
/// The three matrix products of a dense layer, over row-major spans: the forward pass
/// Z = H Wᵀ + b, the weight gradients G = δᵀ H, and the input gradients dH = δ W.
/// </summary>
/// <remarks>
/// Shapes: H [batch, inputs], W [units, inputs], b [units], Z and δ [batch, units],
/// G [units, inputs], dH [batch, inputs]. Each output element is summed in a fixed order that
/// does not depend on the batch split or on <see cref="KernelOptions.MaxDegreeOfParallelism"/>,
/// so results are reproducible. The products use 512-bit, 256-bit or 128-bit vectors as the
/// hardware allows, with fused multiply-adds. Each element of G and dH is a chain of fused
/// multiply-adds in index order, so it comes out bit-identical on every path. Each element of Z
/// adds up the lanes of one vector accumulator, so Z changes in the last bits with the vector
/// width.
/// </remarks>
public static unsafe class DenseKernels
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
        fixed (T* h = inputs, w = weights, b = biases, z = preActivations)
        {
            DotProductKernel.Compute(new DotProduct<T>
            {
                A = h,
                ARowStride = inputCount,
                B = w,
                BRowStride = inputCount,
                Bias = b,
                C = z,
                CRowStride = unitCount,
                Rows = batch,
                Columns = unitCount,
                Depth = inputCount,
            });
        }
    }

    /// <summary>
    /// Computes G = δᵀ H: g[j, k] = Σ_n δ[n, j] h[n, k], summed over the batch in order.
    /// </summary>
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
        if (batch == 0)
        {
            gradients.Clear();
            return;
        }

        // A = δᵀ is read in place: row j of A is column j of δ.
        fixed (T* d = deltas, h = inputs, g = gradients)
        {
            MatrixProductKernel.Compute(new MatrixProduct<T>
            {
                A = d,
                ARowStride = 1,
                ADepthStride = unitCount,
                B = h,
                BRowStride = inputCount,
                C = g,
                CRowStride = inputCount,
                Rows = unitCount,
                Columns = inputCount,
                Depth = batch,
            });
        }
    }

    /// <summary>
    /// Computes the column sums of δ: g[j] = Σ_n δ[n, j], summed over the batch in order.
    /// </summary>
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
        ColumnSums.Compute(deltas, gradients, batch, unitCount);
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
        if (unitCount == 0)
        {
            inputGradients.Clear();
            return;
        }

        fixed (T* d = deltas, w = weights, dh = inputGradients)
        {
            MatrixProductKernel.Compute(new MatrixProduct<T>
            {
                A = d,
                ARowStride = unitCount,
                ADepthStride = 1,
                B = w,
                BRowStride = inputCount,
                C = dh,
                CRowStride = inputCount,
                Rows = batch,
                Columns = inputCount,
                Depth = unitCount,
            });
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
