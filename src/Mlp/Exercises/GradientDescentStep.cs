using System.Numerics.Tensors;
using Mlp.Activations;
using Mlp.Networks;

namespace Mlp.Exercises;

/// <summary>Works out one gradient-descent step with every intermediate value.</summary>
public static class GradientDescentStep
{
    /// <summary>Runs each example's forward and backward pass, combines the gradients and updates.</summary>
    /// <remarks>
    /// The combined gradient comes from one pass over the whole batch, whose kernels sum the
    /// examples' contributions in order; the per-example traces come from passes of one example
    /// each. The two agree, which the tests check.
    /// </remarks>
    public static StepSolution Solve(StepProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var network = problem.Network;
        var traces = problem.Examples.Select(example => Trace(problem, example)).ToArray();
        var gradients = BatchGradients(problem);
        var updated = network.Clone();
        TensorPrimitives.MultiplyAdd(
            gradients.Values,
            -problem.LearningRate,
            updated.Parameters.Values,
            updated.Parameters.Values);
        return new StepSolution(problem, traces, gradients, updated);
    }

    private static ExampleTrace Trace(StepProblem problem, TrainingExample example)
    {
        var network = problem.Network;
        var workspace = new BatchWorkspace<double>(network.Shape, 1);
        example.Inputs.ToArray().CopyTo(workspace.Inputs);
        var targets = example.Targets.ToArray();
        Backpropagation.Forward(network, workspace);
        var loss = Backpropagation.LossSum(network, workspace, targets, problem.Loss);
        var gradients = new ParameterSet<double>(network.Shape.LayerSizes);
        Backpropagation.Backward(network, workspace, targets, problem.Loss, gradients);
        var layers = Enumerable.Range(0, network.LayerCount).ToArray();
        var hidden = layers.SkipLast(1).ToArray();
        return new ExampleTrace(
            example,
            loss,
            [.. layers.Select(l => workspace.PreActivations(l).ToArray())],
            [.. layers.Select(l => workspace.Activations(l).ToArray())],
            [.. layers.Select(l => workspace.Deltas(l).ToArray())],
            [.. hidden.Select(l => workspace.ActivationGradients(l).ToArray())],
            [.. hidden.Select(l => Derivatives(network.Shape, workspace, l))],
            gradients);
    }

    private static double[] Derivatives(NetworkShape shape, BatchWorkspace<double> workspace, int layer)
    {
        var activations = workspace.Activations(layer);
        var derivatives = new double[activations.Length];
        ActivationFunctions.DerivativeFromOutput<double>(
            shape.HiddenActivations[layer],
            activations,
            derivatives);
        return derivatives;
    }

    private static ParameterSet<double> BatchGradients(StepProblem problem)
    {
        var network = problem.Network;
        var count = problem.Examples.Count;
        var workspace = new BatchWorkspace<double>(network.Shape, count);
        var inputs = problem.Examples.SelectMany(example => example.Inputs).ToArray();
        var targets = problem.Examples.SelectMany(example => example.Targets).ToArray();
        inputs.CopyTo(workspace.Inputs);
        Backpropagation.Forward(network, workspace);
        var gradients = new ParameterSet<double>(network.Shape.LayerSizes);
        Backpropagation.Backward(network, workspace, targets, problem.Loss, gradients);
        if (problem.Reduction == GradientReduction.Mean)
        {
            TensorPrimitives.Divide(gradients.Values, count, gradients.Values);
        }

        return gradients;
    }
}
