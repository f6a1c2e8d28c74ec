using Mlp.Activations;
using Mlp.Exercises;
using Mlp.Losses;
using Mlp.Networks;

namespace Mlp.Tests.Exercises;

/// <summary>
/// The course exercise, solved. Expected values with 4 to 6 decimals were worked by hand and
/// checked with NumPy; the full-precision values come from a NumPy 1.24 script that runs the same
/// forward pass, backward pass and update in float64.
/// </summary>
public class GradientDescentStepTests
{
    private const double HandTolerance = 5e-6;
    private const double NumPyTolerance = 1e-15;

    [Fact]
    public void IdentitySquaredError_ForwardPass_MatchesHandValues()
    {
        var trace = GradientDescentStep.Solve(ExerciseProblems.IdentitySquaredError()).Examples[0];

        AssertAll(trace.PreActivations[0], 0.3, HandTolerance);
        AssertAll(trace.Activations[0], 0.2913, 5e-5);
        AssertAll(trace.Activations[0], 0.29131261245159096, NumPyTolerance);
        AssertAll(trace.PreActivations[1], 0.2165, 5e-5);
        AssertAll(trace.Activations[1], 0.2132, 5e-5);
        AssertAll(trace.Activations[2], 0.16396, HandTolerance);
        AssertAll(trace.Activations[2], 0.16396105963970836, NumPyTolerance);
    }

    [Fact]
    public void IdentitySquaredError_Loss_MatchesHandValue()
    {
        var solution = GradientDescentStep.Solve(ExerciseProblems.IdentitySquaredError());

        Assert.Equal(0.3764, solution.Loss, 5e-5);
        Assert.Equal(0.37636378397755565, solution.Loss, NumPyTolerance);
    }

    [Fact]
    public void IdentitySquaredError_BackwardPass_MatchesHandValues()
    {
        var trace = GradientDescentStep.Solve(ExerciseProblems.IdentitySquaredError()).Examples[0];

        Assert.Equal([0.16396, -0.83604, 0.16396], trace.Deltas[2], new ToleranceComparer(HandTolerance));
        AssertAll(trace.ActivationGradients[1], -0.050812, HandTolerance);
        AssertAll(trace.ActivationGradients[1], -0.05081168210808749, NumPyTolerance);
        AssertAll(trace.Deltas[1], -0.04850, HandTolerance);
        AssertAll(trace.Deltas[1], -0.04850199918657149, NumPyTolerance);
        AssertAll(trace.ActivationGradients[0], -0.01455, 5e-6);
        AssertAll(trace.Deltas[0], -0.01332, 5e-6);
        AssertAll(trace.Deltas[0], -0.013315791653435, NumPyTolerance);
    }

    [Fact]
    public void IdentitySquaredError_Update_MatchesHandValues()
    {
        var updated = GradientDescentStep.Solve(ExerciseProblems.IdentitySquaredError()).Updated;

        for (var row = 0; row < 4; row++)
        {
            Assert.Equal(0.101332, updated.Weights[0][row, 0], HandTolerance);
            Assert.Equal(0.1, updated.Weights[0][row, 1], NumPyTolerance);
            Assert.Equal(0.101332, updated.Weights[0][row, 2], HandTolerance);
            Assert.Equal(0.1, updated.Weights[0][row, 3], NumPyTolerance);
        }

        AssertAll(updated.Biases[0].Span, 0.101332, HandTolerance);
        AssertAll(updated.Weights[1].AsSpan(), 0.101413, HandTolerance);
        AssertAll(updated.Weights[1].AsSpan(), 0.10141292440921651, NumPyTolerance);
        AssertAll(updated.Biases[1].Span, 0.10485, HandTolerance);
        AssertAll(updated.Weights[2].Row(0), 0.096504, HandTolerance);
        AssertAll(updated.Weights[2].Row(1), 0.117825, HandTolerance);
        AssertAll(updated.Weights[2].Row(2), 0.096504, HandTolerance);
        Assert.Equal([0.083604, 0.183604, 0.083604], updated.Biases[2].ToArray(), new ToleranceComparer(HandTolerance));
        Assert.Equal(
            [0.08360389403602916, 0.18360389403602917, 0.08360389403602916],
            updated.Biases[2].ToArray(),
            new ToleranceComparer(NumPyTolerance));
    }

    [Fact]
    public void SoftmaxCrossEntropy_OutputAndLoss_MatchHandValues()
    {
        var solution = GradientDescentStep.Solve(ExerciseProblems.SoftmaxCrossEntropy());
        var trace = solution.Examples[0];

        AssertAll(trace.Activations[2], 1.0 / 3, 1e-15);
        Assert.Equal(1.0986, solution.Loss, 5e-5);
        Assert.Equal(Math.Log(3), solution.Loss, 1e-15);
        Assert.Equal([1.0 / 3, -2.0 / 3, 1.0 / 3], trace.Deltas[2], new ToleranceComparer(1e-15));
    }

    [Fact]
    public void SoftmaxCrossEntropy_LowerLayers_DoNotChange()
    {
        var solution = GradientDescentStep.Solve(ExerciseProblems.SoftmaxCrossEntropy());

        // The three output units share their weights, so W[3]ᵀ δ sums δ, which is 0 up to rounding.
        for (var l = 0; l < 2; l++)
        {
            AssertAll(solution.Gradients.Weights[l].AsSpan(), 0.0, 1e-15);
            AssertAll(solution.Gradients.Biases[l].Span, 0.0, 1e-15);
            AssertAll(solution.Updated.Weights[l].AsSpan(), 0.1, 1e-15);
            AssertAll(solution.Updated.Biases[l].Span, 0.1, 1e-15);
        }
    }

    [Fact]
    public void SoftmaxCrossEntropy_OutputUpdate_MatchesHandValues()
    {
        var updated = GradientDescentStep.Solve(ExerciseProblems.SoftmaxCrossEntropy()).Updated;

        AssertAll(updated.Weights[2].Row(0), 0.092893, HandTolerance);
        AssertAll(updated.Weights[2].Row(1), 0.114214, HandTolerance);
        AssertAll(updated.Weights[2].Row(2), 0.092893, HandTolerance);
        AssertAll(updated.Weights[2].Row(1), 0.11421356880882408, NumPyTolerance);
        Assert.Equal([0.066667, 0.166667, 0.066667], updated.Biases[2].ToArray(), new ToleranceComparer(HandTolerance));
    }

    [Fact]
    public void Step_BatchOfTwo_SumsGradients()
    {
        var batch = GradientDescentStep.Solve(
            ExerciseProblems.IdentitySquaredError(ExerciseProblems.First, ExerciseProblems.Second));

        var first = batch.Examples[0].Gradients.Values;
        var second = batch.Examples[1].Gradients.Values;
        for (var i = 0; i < first.Length; i++)
        {
            Assert.Equal(first[i] + second[i], batch.Gradients.Values[i]);
        }
    }

    [Fact]
    public void Step_BatchOfTwo_MatchesNumPyUpdate()
    {
        var solution = GradientDescentStep.Solve(
            ExerciseProblems.IdentitySquaredError(ExerciseProblems.First, ExerciseProblems.Second));

        Assert.Equal(0.729260865456343, solution.Loss, 1e-15);
        Assert.Equal(0.1044413915555462, solution.Updated.Weights[0][0, 2], 1e-15);
        Assert.Equal(0.10164256040436377, solution.Updated.Biases[0].Span[0], 1e-15);
        Assert.Equal(
            [0.06169093668759057, 0.16169093668759058, 0.16169093668759058],
            solution.Updated.Biases[2].ToArray(),
            new ToleranceComparer(1e-15));
    }

    [Fact]
    public void Step_MeanReduction_HalvesTheSumOfTwo()
    {
        var examples = new[] { ExerciseProblems.First, ExerciseProblems.Second };
        var sum = GradientDescentStep.Solve(ExerciseProblems.Create(
            OutputActivation.Softmax, Loss.CrossEntropy, GradientReduction.Sum, examples));
        var mean = GradientDescentStep.Solve(ExerciseProblems.Create(
            OutputActivation.Softmax, Loss.CrossEntropy, GradientReduction.Mean, examples));

        for (var i = 0; i < sum.Gradients.Values.Length; i++)
        {
            Assert.Equal(sum.Gradients.Values[i] / 2, mean.Gradients.Values[i]);
        }
    }

    [Fact]
    public void Step_BatchSoftmax_MatchesNumPyUpdate()
    {
        var solution = GradientDescentStep.Solve(
            ExerciseProblems.SoftmaxCrossEntropy(ExerciseProblems.First, ExerciseProblems.Second));

        Assert.Equal(2.1972245773362196, solution.Loss, 1e-15);
        AssertAll(solution.Updated.Weights[2].Row(2), 0.11936645414767375, 1e-15);
        Assert.Equal(
            [0.03333333333333334, 0.13333333333333336, 0.13333333333333336],
            solution.Updated.Biases[2].ToArray(),
            new ToleranceComparer(1e-15));
    }

    [Fact]
    public void Step_LeavesProblemNetworkUnchanged()
    {
        var problem = ExerciseProblems.IdentitySquaredError();

        GradientDescentStep.Solve(problem);

        AssertAll(problem.Network.Parameters.Values, 0.1, 0);
    }

    private static void AssertAll(ReadOnlySpan<double> values, double expected, double tolerance)
    {
        Assert.False(values.IsEmpty);
        foreach (var value in values)
        {
            Assert.Equal(expected, value, tolerance);
        }
    }

    [Fact]
    public void Solve_CourseExercise_IsFinite()
    {
        Assert.True(GradientDescentStep.Solve(ExerciseProblems.IdentitySquaredError()).IsFinite);
    }

    [Fact]
    public void Solve_HugeWeights_IsNotFinite()
    {
        // With every weight and bias 1e200 the tanh units saturate at 1, each output is
        // 3 · 1e200 + 1e200 = 4e200, and its square overflows double's 1.8e308 to infinity.
        var network = new MultilayerPerceptron<double>(
            NetworkShape.Create([4, 4, 3, 3], Activation.Tanh, OutputActivation.Identity));
        Initializers.Constant(network, 1e200);
        var problem = new StepProblem(network, Loss.SquaredError, 0.1, GradientReduction.Sum, [ExerciseProblems.First]);

        var solution = GradientDescentStep.Solve(problem);

        Assert.Equal(double.PositiveInfinity, solution.Loss);
        Assert.False(solution.IsFinite);
    }
}
