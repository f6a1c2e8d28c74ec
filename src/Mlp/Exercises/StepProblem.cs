using Mlp.Activations;
using Mlp.Losses;
using Mlp.Networks;

namespace Mlp.Exercises;

/// <summary>
/// One gradient-descent step to work out: a network with its initial parameters, a loss, a
/// learning rate, how a batch's gradients combine, and the examples.
/// </summary>
/// <remarks>
/// The step is computed in double. One example is a stochastic (SGD) step; several are one batch
/// step whose gradient is the sum, or by <see cref="Reduction"/> the mean, of the examples'
/// gradients.
/// </remarks>
public sealed class StepProblem
{
    /// <summary>Creates a problem after checking every part of it.</summary>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="network"/>, <paramref name="examples"/> or an entry of it is null.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="loss"/> or <paramref name="reduction"/> is not a defined value.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// No examples, an example whose inputs or targets do not fit the layers, a non-finite value,
    /// a learning rate that is not positive, a loss that does not suit the output, or targets that
    /// cross-entropy cannot take.
    /// </exception>
    public StepProblem(
        MultilayerPerceptron<double> network,
        Loss loss,
        double learningRate,
        GradientReduction reduction,
        IReadOnlyList<TrainingExample> examples)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(examples);
        CheckDefined(loss, nameof(loss));
        CheckDefined(reduction, nameof(reduction));
        LossNames.EnsureCompatible(network.Shape.Output, loss);
        if (!double.IsFinite(learningRate) || learningRate <= 0)
        {
            throw new ArgumentException(
                $"The learning rate must be a positive number; got {learningRate}.",
                nameof(learningRate));
        }

        if (!network.Parameters.AllFinite())
        {
            throw new ArgumentException("Every initial weight and bias must be finite.", nameof(network));
        }

        if (examples.Count == 0)
        {
            throw new ArgumentException("A step needs at least one example.", nameof(examples));
        }

        for (var i = 0; i < examples.Count; i++)
        {
            if (examples[i] is null)
            {
                throw new ArgumentNullException(
                    nameof(examples),
                    $"Example {i + 1} is null; pass an example per entry.");
            }

            CheckExample(network.Shape, loss, examples[i], i);
        }

        Network = network.Clone();
        Loss = loss;
        LearningRate = learningRate;
        Reduction = reduction;
        Examples = [.. examples];
    }

    /// <summary>Network with the parameters before the step (a copy; the step never changes it).</summary>
    public MultilayerPerceptron<double> Network { get; }

    /// <summary>Loss of one example.</summary>
    public Loss Loss { get; }

    /// <summary>Learning rate η.</summary>
    public double LearningRate { get; }

    /// <summary>How the examples' gradients combine.</summary>
    public GradientReduction Reduction { get; }

    /// <summary>Examples of the step, in order.</summary>
    public IReadOnlyList<TrainingExample> Examples { get; }

    private static void CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"{paramName} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}; got an undefined value.");
        }
    }

    private static void CheckExample(NetworkShape shape, Loss loss, TrainingExample example, int index)
    {
        var name = $"Example {index + 1}";
        if (example.Inputs.Count != shape.InputCount)
        {
            throw new ArgumentException(
                $"{name} has {example.Inputs.Count} inputs; layers [{string.Join(",", shape.LayerSizes)}] " +
                $"take {shape.InputCount}.",
                nameof(example));
        }

        if (example.Targets.Count != shape.OutputCount)
        {
            throw new ArgumentException(
                $"{name} has {example.Targets.Count} targets; layers [{string.Join(",", shape.LayerSizes)}] " +
                $"give {shape.OutputCount} outputs.",
                nameof(example));
        }

        if (example.Inputs.Concat(example.Targets).Any(value => !double.IsFinite(value)))
        {
            throw new ArgumentException($"{name} has a value that is not a finite number.", nameof(example));
        }

        if (loss == Loss.CrossEntropy)
        {
            CheckCrossEntropyTargets(shape.Output, example.Targets, name);
        }
    }

    private static void CheckCrossEntropyTargets(OutputActivation output, IReadOnlyList<double> targets, string name)
    {
        if (targets.Any(y => y is < 0 or > 1))
        {
            throw new ArgumentException(
                $"{name}: cross-entropy targets must lie in [0, 1]; got [{string.Join(", ", targets)}].",
                nameof(targets));
        }

        var sum = targets.Sum();
        if (output == OutputActivation.Softmax && Math.Abs(sum - 1) > 1e-9)
        {
            throw new ArgumentException(
                $"{name}: softmax cross-entropy targets must sum to 1 (a one-hot vector such as " +
                $"0,1,0); they sum to {sum}.",
                nameof(targets));
        }
    }
}
