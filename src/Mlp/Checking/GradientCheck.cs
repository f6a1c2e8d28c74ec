using Mlp.Exercises;
using Mlp.Losses;
using Mlp.Networks;

namespace Mlp.Checking;

/// <summary>
/// Compares backprop's gradient of every weight and bias with a central-difference estimate.
/// </summary>
/// <remarks>
/// The loss checked is the sum of the examples' losses. For each parameter θ the estimate is the
/// fourth-order central difference (L(θ − 2ε) − 8 L(θ − ε) + 8 L(θ + ε) − L(θ + 2ε)) / 12ε,
/// whose truncation error shrinks as ε⁴. The plain (L(θ + ε) − L(θ − ε)) / 2ε needs ε near 10⁻⁵
/// to keep its ε² error small, where rounding in L already costs about 10⁻⁶ of a gradient of
/// 10⁻⁴; the fourth-order form with ε = 10⁻³ keeps both errors near 10⁻¹² in absolute terms.
/// The relative error is |a − n| / max(|a|, |n|, 10⁻⁶) for the backprop value a and the
/// estimate n: the floor compares gradients smaller than 10⁻⁶ absolutely, so that a gradient that
/// is zero, with an estimate of 10⁻¹² from rounding, agrees. Relu has a kink at z = 0: a
/// pre-activation within 2ε of 0 can make a correct gradient disagree.
/// </remarks>
public static class GradientCheck
{
    /// <summary>Smallest denominator of the relative error.</summary>
    public const double RelativeErrorFloor = 1e-6;

    /// <summary>Checks every parameter of <paramref name="network"/> on the examples.</summary>
    /// <param name="network">Network to check; its parameters are left unchanged.</param>
    /// <param name="examples">Examples whose summed loss is differentiated.</param>
    /// <param name="loss">Loss of one example.</param>
    /// <param name="step">Step ε of the central difference; default 10⁻³.</param>
    /// <param name="tolerance">Largest relative error that counts as agreement; default 10⁻⁶.</param>
    /// <exception cref="ArgumentException">
    /// No examples, examples that do not fit the network, or a loss that does not suit the output.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The step or tolerance is not positive.</exception>
    public static GradientCheckResult Run(
        MultilayerPerceptron<double> network,
        IReadOnlyList<TrainingExample> examples,
        Loss loss,
        double step = 1e-3,
        double tolerance = 1e-6)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tolerance);
        var problem = new StepProblem(network, loss, 1.0, GradientReduction.Sum, examples);
        var probe = problem.Network.Clone();
        var workspace = new BatchWorkspace<double>(probe.Shape, examples.Count);
        examples.SelectMany(example => example.Inputs).ToArray().CopyTo(workspace.Inputs);
        var targets = examples.SelectMany(example => example.Targets).ToArray();

        Backpropagation.Forward(probe, workspace);
        var analytic = new ParameterSet<double>(probe.Shape.LayerSizes);
        Backpropagation.Backward(probe, workspace, targets, loss, analytic);

        var entries = new List<GradientCheckEntry>(analytic.Values.Length);
        foreach (var (layer, kind, row, column, index) in EnumerateParameters(probe.Shape))
        {
            var numeric = CentralDifference(probe, workspace, targets, loss, index, step);
            var backprop = analytic.Values[index];
            var error = RelativeError(backprop, numeric);
            entries.Add(new GradientCheckEntry(layer, kind, row, column, backprop, numeric, error, error <= tolerance));
        }

        return new GradientCheckResult(entries, step, tolerance);
    }

    /// <summary>Returns |a − n| / max(|a|, |n|, <see cref="RelativeErrorFloor"/>).</summary>
    public static double RelativeError(double backprop, double numeric) =>
        Math.Abs(backprop - numeric) /
        Math.Max(Math.Max(Math.Abs(backprop), Math.Abs(numeric)), RelativeErrorFloor);

    private static double CentralDifference(
        MultilayerPerceptron<double> network,
        BatchWorkspace<double> workspace,
        double[] targets,
        Loss loss,
        int index,
        double step)
    {
        var values = network.Parameters.Values;
        var original = values[index];
        var twoBelow = LossAt(network, workspace, targets, loss, index, original - (2 * step));
        var below = LossAt(network, workspace, targets, loss, index, original - step);
        var above = LossAt(network, workspace, targets, loss, index, original + step);
        var twoAbove = LossAt(network, workspace, targets, loss, index, original + (2 * step));
        values[index] = original;
        return (twoBelow - (8 * below) + (8 * above) - twoAbove) / (12 * step);
    }

    private static double LossAt(
        MultilayerPerceptron<double> network,
        BatchWorkspace<double> workspace,
        double[] targets,
        Loss loss,
        int index,
        double value)
    {
        network.Parameters.Values[index] = value;
        Backpropagation.Forward(network, workspace);
        return Backpropagation.LossSum(network, workspace, targets, loss);
    }

    private static IEnumerable<(int Layer, ParameterKind Kind, int Row, int Column, int Index)>
        EnumerateParameters(NetworkShape shape)
    {
        var index = 0;
        for (var l = 0; l < shape.LayerCount; l++)
        {
            for (var row = 0; row < shape.UnitsOf(l); row++)
            {
                for (var column = 0; column < shape.InputsOf(l); column++)
                {
                    yield return (l, ParameterKind.Weight, row, column, index++);
                }
            }

            for (var row = 0; row < shape.UnitsOf(l); row++)
            {
                yield return (l, ParameterKind.Bias, row, 0, index++);
            }
        }
    }
}
