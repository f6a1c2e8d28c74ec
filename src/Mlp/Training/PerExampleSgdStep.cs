using System.Numerics;
using Mlp.Activations;
using Mlp.LinearAlgebra;
using Mlp.Losses;
using Mlp.Networks;

namespace Mlp.Training;

/// <summary>
/// The backward pass and update of plain SGD on one example, fused: each layer's weights take
/// θ ← θ + (δ hᵀ)(−η) as soon as its deltas are known, with no gradient buffer in between.
/// </summary>
/// <remarks>
/// Per-example training spends most of its time passing over the parameters, so writing the
/// gradients and then reading them back to update would double that traffic. The arithmetic
/// is the unfused path's, operation for operation: the product δ_j h_k, then its product with
/// −η, then the sum with the weight, each rounded. The input gradients δ W of a layer are taken
/// before its update. So the weights come out bit-identical to
/// <see cref="Backpropagation.Backward"/> followed by <see cref="Optimizers.SgdOptimizer{T}"/>
/// without momentum, which the tests check. With an L2 penalty α each weight's gradient is
/// (δ_j h_k) + (w α), rounded as the general path rounds it, with w read before its update.
/// </remarks>
/// <typeparam name="T">float or double.</typeparam>
internal static class PerExampleSgdStep<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Runs the backward pass of the example in <paramref name="workspace"/> and updates.</summary>
    public static void Apply(
        MultilayerPerceptron<T> network,
        BatchWorkspace<T> workspace,
        ReadOnlySpan<T> targets,
        Loss loss,
        double learningRate,
        double alpha)
    {
        var shape = network.Shape;
        var last = network.LayerCount - 1;
        LossFunctions.OutputDeltas<T>(shape.Output, loss, workspace.Activations(last), targets, workspace.Deltas(last));
        var negativeRate = T.CreateChecked(-learningRate);
        var penalty = T.CreateChecked(alpha);
        for (var l = last; l >= 0; l--)
        {
            if (l > 0)
            {
                DenseKernels.InputGradients<T>(
                    workspace.Deltas(l),
                    network.Weights[l].AsSpan(),
                    workspace.ActivationGradients(l - 1),
                    1,
                    shape.InputsOf(l),
                    shape.UnitsOf(l));
            }

            UpdateLayer(network, l, workspace.Deltas(l), workspace.LayerInputs(l), negativeRate, penalty);
            if (l > 0)
            {
                var deltas = workspace.Deltas(l - 1);
                workspace.ActivationGradients(l - 1).CopyTo(deltas);
                ActivationFunctions.MultiplyByDerivative<T>(
                    shape.HiddenActivations[l - 1],
                    workspace.Activations(l - 1),
                    deltas);
            }
        }
    }

    private static void UpdateLayer(
        MultilayerPerceptron<T> network,
        int layer,
        ReadOnlySpan<T> deltas,
        ReadOnlySpan<T> inputs,
        T negativeRate,
        T penalty)
    {
        var weights = network.Weights[layer];
        var biases = network.Biases[layer].Span;
        for (var unit = 0; unit < deltas.Length; unit++)
        {
            if (penalty == T.Zero)
            {
                UpdateRow(weights.Row(unit), inputs, deltas[unit], negativeRate);
            }
            else
            {
                UpdateRowWithPenalty(weights.Row(unit), inputs, deltas[unit], negativeRate, penalty);
            }

            biases[unit] += deltas[unit] * negativeRate;
        }
    }

    /// <summary>w[k] ← w[k] + (h[k] δ)(−η) for every input k.</summary>
    private static void UpdateRow(Span<T> weights, ReadOnlySpan<T> inputs, T delta, T negativeRate)
    {
        var k = 0;
        if (Vector.IsHardwareAccelerated && weights.Length >= Vector<T>.Count)
        {
            var deltaVector = new Vector<T>(delta);
            var rateVector = new Vector<T>(negativeRate);
            for (; k <= weights.Length - Vector<T>.Count; k += Vector<T>.Count)
            {
                var product = new Vector<T>(inputs[k..]) * deltaVector * rateVector;
                (new Vector<T>(weights[k..]) + product).CopyTo(weights[k..]);
            }
        }

        for (; k < weights.Length; k++)
        {
            weights[k] += inputs[k] * delta * negativeRate;
        }
    }

    /// <summary>w[k] ← w[k] + ((h[k] δ) + (w[k] α))(−η), the L2 term taken from the old weight.</summary>
    private static void UpdateRowWithPenalty(
        Span<T> weights,
        ReadOnlySpan<T> inputs,
        T delta,
        T negativeRate,
        T penalty)
    {
        var k = 0;
        if (Vector.IsHardwareAccelerated && weights.Length >= Vector<T>.Count)
        {
            var deltaVector = new Vector<T>(delta);
            var rateVector = new Vector<T>(negativeRate);
            var penaltyVector = new Vector<T>(penalty);
            for (; k <= weights.Length - Vector<T>.Count; k += Vector<T>.Count)
            {
                var weight = new Vector<T>(weights[k..]);
                var gradient = (new Vector<T>(inputs[k..]) * deltaVector) + (weight * penaltyVector);
                (weight + (gradient * rateVector)).CopyTo(weights[k..]);
            }
        }

        for (; k < weights.Length; k++)
        {
            var gradient = (inputs[k] * delta) + (weights[k] * penalty);
            weights[k] += gradient * negativeRate;
        }
    }
}
