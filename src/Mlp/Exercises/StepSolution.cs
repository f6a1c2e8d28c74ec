using Mlp.Networks;

namespace Mlp.Exercises;

/// <summary>The worked values of one gradient-descent step.</summary>
public sealed class StepSolution
{
    internal StepSolution(
        StepProblem problem,
        IReadOnlyList<ExampleTrace> examples,
        ParameterSet<double> gradients,
        MultilayerPerceptron<double> updated)
    {
        Problem = problem;
        Examples = examples;
        Gradients = gradients;
        Updated = updated;
    }

    /// <summary>The problem solved.</summary>
    public StepProblem Problem { get; }

    /// <summary>Forward and backward pass of each example, in order.</summary>
    public IReadOnlyList<ExampleTrace> Examples { get; }

    /// <summary>Loss summed over the examples, before the update.</summary>
    public double Loss => Examples.Sum(example => example.Loss);

    /// <summary>Gradients of the step: the sum or mean of the examples' gradients.</summary>
    public ParameterSet<double> Gradients { get; }

    /// <summary>Network after the update θ ← θ − η · gradient.</summary>
    public MultilayerPerceptron<double> Updated { get; }

    /// <summary>
    /// Whether the loss, every gradient and every updated parameter is finite. Values too large
    /// for a double overflow to infinity and then to NaN.
    /// </summary>
    public bool IsFinite =>
        double.IsFinite(Loss)
        && Array.TrueForAll(Gradients.Values, double.IsFinite)
        && Array.TrueForAll(Updated.Parameters.Values, double.IsFinite);
}
