using Mlp.Activations;
using Mlp.Exercises;
using Mlp.Losses;
using Mlp.Networks;

namespace Mlp.Tests.Exercises;

/// <summary>Guards of <see cref="StepProblem"/> and <see cref="TrainingExample"/>.</summary>
public class StepProblemTests
{
    [Fact]
    public void Constructor_UndefinedLoss_ThrowsOutOfRange()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => new StepProblem(Network(), (Loss)9, 0.1, GradientReduction.Sum, [ExerciseProblems.First]));

        Assert.Equal("loss", exception.ParamName);
    }

    [Fact]
    public void Constructor_UndefinedReduction_ThrowsOutOfRange()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => new StepProblem(Network(), Loss.SquaredError, 0.1, (GradientReduction)7, [ExerciseProblems.First]));

        Assert.Equal("reduction", exception.ParamName);
    }

    [Fact]
    public void Constructor_NullExample_ThrowsArgumentNull()
    {
        TrainingExample[] examples = [ExerciseProblems.First, null!];

        var exception = Assert.Throws<ArgumentNullException>(
            () => new StepProblem(Network(), Loss.SquaredError, 0.1, GradientReduction.Sum, examples));

        Assert.Equal("examples", exception.ParamName);
        Assert.Contains("Example 2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainingExample_NullLists_ThrowArgumentNull()
    {
        var inputs = Assert.Throws<ArgumentNullException>(() => new TrainingExample(null!, [1.0]));
        var targets = Assert.Throws<ArgumentNullException>(() => new TrainingExample([1.0], null!));

        Assert.Equal("inputs", inputs.ParamName);
        Assert.Equal("targets", targets.ParamName);
    }

    [Fact]
    public void Constructor_ArraysChangedAfterwards_KeepsOriginalValues()
    {
        double[] inputs = [1, 0, 1, 0];
        double[] targets = [0, 1, 0];
        var problem = new StepProblem(
            Network(),
            Loss.SquaredError,
            0.1,
            GradientReduction.Sum,
            [new TrainingExample(inputs, targets)]);
        var before = GradientDescentStep.Solve(problem).Updated.Parameters.Values.ToArray();

        inputs[0] = 5;
        targets[1] = double.NaN;

        Assert.Equal([1.0, 0, 1, 0], problem.Examples[0].Inputs);
        Assert.Equal([0.0, 1, 0], problem.Examples[0].Targets);
        Assert.Equal(before, GradientDescentStep.Solve(problem).Updated.Parameters.Values);
    }

    [Fact]
    public void Constructor_NonFiniteInput_ThrowsArgument()
    {
        var example = new TrainingExample([1, double.PositiveInfinity, 0, 0], [0.0, 1, 0]);

        var exception = Assert.Throws<ArgumentException>(
            () => new StepProblem(Network(), Loss.SquaredError, 0.1, GradientReduction.Sum, [example]));

        Assert.Contains("not a finite number", exception.Message, StringComparison.Ordinal);
    }

    private static MultilayerPerceptron<double> Network()
    {
        var network = new MultilayerPerceptron<double>(
            NetworkShape.Create([4, 4, 3, 3], Activation.Tanh, OutputActivation.Identity));
        Initializers.Constant(network, 0.1);
        return network;
    }

    [Fact]
    public void TrainingExample_SameValues_AreEqual()
    {
        var first = new TrainingExample([1.0, 0], [1.0]);
        var second = new TrainingExample([1.0, 0], [1.0]);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, new TrainingExample([1.0], [0.0, 1]));
    }

    [Fact]
    public void TrainingExample_Deconstruct_GivesInputsAndTargets()
    {
        var (inputs, targets) = new TrainingExample([1.0, 0], [0.5]);

        Assert.Equal([1.0, 0], inputs);
        Assert.Equal([0.5], targets);
    }
}
