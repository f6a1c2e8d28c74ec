using System.Numerics;
using Mlp.Activations;
using Mlp.LinearAlgebra;
using Mlp.Losses;

namespace Mlp.Networks;

/// <summary>
/// The forward pass, the loss and the backward pass of a batch, reading and writing the buffers
/// of a <see cref="BatchWorkspace{T}"/>.
/// </summary>
/// <remarks>
/// The backward pass writes, for each layer l from the output down, dL/dz[l] (deltas), the
/// gradients dL/dW[l] = Σ_n δ[l]ₙ h[l−1]ₙᵀ and dL/db[l] = Σ_n δ[l]ₙ summed over the batch, and for
/// l &gt; 0 dL/dh[l−1] = δ[l] W[l] and dL/dz[l−1] = dL/dh[l−1] ⊙ g′(z[l−1]). Scaling the sums
/// (by 1/batch for a mean, or adding an L2 term) is up to the caller.
/// </remarks>
public static class Backpropagation
{
    /// <summary>Runs the forward pass on the inputs in <paramref name="workspace"/>.</summary>
    /// <exception cref="ArgumentException">The workspace was made for another shape.</exception>
    public static void Forward<T>(MultilayerPerceptron<T> network, BatchWorkspace<T> workspace)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckWorkspace(network, workspace);
        var shape = network.Shape;
        var batch = workspace.BatchSize;
        for (var l = 0; l < network.LayerCount; l++)
        {
            var z = workspace.PreActivations(l);
            var h = workspace.Activations(l);
            DenseKernels.Forward<T>(
                workspace.LayerInputs(l),
                network.Weights[l].AsSpan(),
                network.Biases[l].Span,
                z,
                batch,
                shape.InputsOf(l),
                shape.UnitsOf(l));
            if (shape.IsOutputLayer(l))
            {
                ActivationFunctions.ApplyOutput<T>(shape.Output, z, h, shape.UnitsOf(l));
            }
            else
            {
                ActivationFunctions.Apply<T>(shape.HiddenActivations[l], z, h);
            }
        }
    }

    /// <summary>
    /// Returns the loss summed over the examples of the batch, from the last forward pass.
    /// </summary>
    /// <param name="network">Network that ran the forward pass.</param>
    /// <param name="workspace">Workspace holding the forward pass.</param>
    /// <param name="targets">Targets, shape [batch, outputs].</param>
    /// <param name="loss">Loss of one example.</param>
    /// <exception cref="ArgumentException">The targets do not match the batch.</exception>
    public static T LossSum<T>(
        MultilayerPerceptron<T> network,
        BatchWorkspace<T> workspace,
        ReadOnlySpan<T> targets,
        Loss loss)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckWorkspace(network, workspace);
        var outputs = network.Shape.OutputCount;
        CheckTargets(targets, workspace.BatchSize * outputs);
        var last = network.LayerCount - 1;
        var z = workspace.PreActivations(last);
        var h = workspace.Activations(last);
        var sum = T.Zero;
        for (var n = 0; n < workspace.BatchSize; n++)
        {
            sum += LossFunctions.Value<T>(
                network.Shape.Output,
                loss,
                z.Slice(n * outputs, outputs),
                h.Slice(n * outputs, outputs),
                targets.Slice(n * outputs, outputs));
        }

        return sum;
    }

    /// <summary>
    /// Runs the backward pass after <see cref="Forward"/>, writing every delta and activation
    /// gradient into the workspace and the gradients summed over the batch into
    /// <paramref name="gradients"/>.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The targets, the workspace or the gradients do not match the network, or the loss is not
    /// defined for the output activation.
    /// </exception>
    public static void Backward<T>(
        MultilayerPerceptron<T> network,
        BatchWorkspace<T> workspace,
        ReadOnlySpan<T> targets,
        Loss loss,
        ParameterSet<T> gradients)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckWorkspace(network, workspace);
        ArgumentNullException.ThrowIfNull(gradients);
        if (!gradients.HasLayerSizes(network.Shape.LayerSizes))
        {
            throw new ArgumentException("The gradients were made for another shape.", nameof(gradients));
        }

        var outputs = network.Shape.OutputCount;
        CheckTargets(targets, workspace.BatchSize * outputs);
        ComputeOutputDeltas(network, workspace, targets, loss);
        for (var l = network.LayerCount - 1; l >= 0; l--)
        {
            ComputeLayerGradients(network, workspace, gradients, l);
            if (l > 0)
            {
                PropagateDeltas(network, workspace, l);
            }
        }
    }

    private static void ComputeOutputDeltas<T>(
        MultilayerPerceptron<T> network,
        BatchWorkspace<T> workspace,
        ReadOnlySpan<T> targets,
        Loss loss)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var outputs = network.Shape.OutputCount;
        var last = network.LayerCount - 1;
        var h = workspace.Activations(last);
        var deltas = workspace.Deltas(last);
        for (var n = 0; n < workspace.BatchSize; n++)
        {
            LossFunctions.OutputDeltas<T>(
                network.Shape.Output,
                loss,
                h.Slice(n * outputs, outputs),
                targets.Slice(n * outputs, outputs),
                deltas.Slice(n * outputs, outputs));
        }
    }

    private static void ComputeLayerGradients<T>(
        MultilayerPerceptron<T> network,
        BatchWorkspace<T> workspace,
        ParameterSet<T> gradients,
        int layer)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var shape = network.Shape;
        DenseKernels.WeightGradients<T>(
            workspace.Deltas(layer),
            workspace.LayerInputs(layer),
            gradients.Weights[layer].AsSpan(),
            workspace.BatchSize,
            shape.InputsOf(layer),
            shape.UnitsOf(layer));
        DenseKernels.BiasGradients<T>(
            workspace.Deltas(layer),
            gradients.Biases[layer].Span,
            workspace.BatchSize,
            shape.UnitsOf(layer));
    }

    /// <summary>dL/dh[l−1] = δ[l] W[l], then δ[l−1] = dL/dh[l−1] ⊙ g′(z[l−1]).</summary>
    private static void PropagateDeltas<T>(
        MultilayerPerceptron<T> network,
        BatchWorkspace<T> workspace,
        int layer)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var shape = network.Shape;
        var below = layer - 1;
        var activationGradients = workspace.ActivationGradients(below);
        DenseKernels.InputGradients<T>(
            workspace.Deltas(layer),
            network.Weights[layer].AsSpan(),
            activationGradients,
            workspace.BatchSize,
            shape.InputsOf(layer),
            shape.UnitsOf(layer));
        var deltas = workspace.Deltas(below);
        activationGradients.CopyTo(deltas);
        ActivationFunctions.MultiplyByDerivative<T>(
            shape.HiddenActivations[below],
            workspace.Activations(below),
            deltas);
    }

    private static void CheckWorkspace<T>(MultilayerPerceptron<T> network, BatchWorkspace<T> workspace)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(workspace);
        if (workspace.LayerCount != network.LayerCount
            || workspace.Inputs.Length != workspace.BatchSize * network.Shape.InputCount
            || workspace.Outputs.Length != workspace.BatchSize * network.Shape.OutputCount)
        {
            throw new ArgumentException("The workspace was made for another shape.", nameof(workspace));
        }
    }

    private static void CheckTargets<T>(ReadOnlySpan<T> targets, int expected)
    {
        if (targets.Length != expected)
        {
            throw new ArgumentException(
                $"Expected {expected} target values for the batch, got {targets.Length}.",
                nameof(targets));
        }
    }
}
