using Mlp.Activations;
using Mlp.Checking;
using Mlp.Exercises;
using Mlp.Losses;
using Mlp.Networks;
using Mlp.Tests.Exercises;

namespace Mlp.Tests.Checking;

/// <summary>
/// Central differences against backprop on random small networks, for every hidden activation
/// and every output and loss pair. The estimate is independent of backprop: it only evaluates
/// the loss.
/// </summary>
public class GradientCheckTests
{
    public static TheoryData<Activation, OutputActivation, Loss> Pairs()
    {
        var data = new TheoryData<Activation, OutputActivation, Loss>();
        foreach (var hidden in Enum.GetValues<Activation>())
        {
            data.Add(hidden, OutputActivation.Identity, Loss.SquaredError);
            data.Add(hidden, OutputActivation.Logistic, Loss.SquaredError);
            data.Add(hidden, OutputActivation.Softmax, Loss.SquaredError);
            data.Add(hidden, OutputActivation.Logistic, Loss.CrossEntropy);
            data.Add(hidden, OutputActivation.Softmax, Loss.CrossEntropy);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Run_RandomNetworks_AgreeWithinOneMillionth(Activation hidden, OutputActivation output, Loss loss)
    {
        int[][] shapes = [[3, 4, 2], [2, 5, 3, 4], [4, 3]];
        for (var seed = 0; seed < 3; seed++)
        {
            foreach (var sizes in shapes)
            {
                var random = new Random(seed * 31 + sizes.Length);
                var network = RandomNetwork(sizes, hidden, output, random);
                var examples = RandomExamples(sizes, output, loss, random, count: 3);

                var result = GradientCheck.Run(network, examples, loss);

                Assert.True(
                    result.AllAgree,
                    $"{hidden}/{output}/{loss} [{string.Join(",", sizes)}] seed {seed}: " +
                    $"max relative error {result.MaxRelativeError:E2}");
            }
        }
    }

    [Fact]
    public void Run_GradientOffByOneThousandth_Disagrees()
    {
        // A derivative that is wrong by a factor of 1.001 (for example a constant dropped from a
        // formula) must not pass a tolerance of 1e-6.
        var random = new Random(7);
        var network = RandomNetwork([3, 4, 3], Activation.Tanh, OutputActivation.Softmax, random);
        var examples = RandomExamples([3, 4, 3], OutputActivation.Softmax, Loss.CrossEntropy, random, 2);
        var result = GradientCheck.Run(network, examples, Loss.CrossEntropy);

        var nonZero = result.Entries.Where(entry => Math.Abs(entry.Numeric) > 1e-6).ToArray();

        Assert.True(result.AllAgree);
        Assert.NotEmpty(nonZero);
        Assert.All(nonZero, entry =>
            Assert.True(GradientCheck.RelativeError(entry.Backprop * 1.001, entry.Numeric) > result.Tolerance));
    }

    [Fact]
    public void Run_Exercise_AgreesAndCoversEveryParameter()
    {
        var problem = ExerciseProblems.IdentitySquaredError(ExerciseProblems.First, ExerciseProblems.Second);

        var result = GradientCheck.Run(problem.Network, problem.Examples, problem.Loss);

        Assert.Equal(4 * 4 + 4 + 3 * 4 + 3 + 3 * 3 + 3, result.Entries.Count);
        Assert.True(result.AllAgree, $"max relative error {result.MaxRelativeError:E2}");
    }

    [Fact]
    public void Run_NonPositiveStep_Throws()
    {
        var problem = ExerciseProblems.IdentitySquaredError();

        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => { GradientCheck.Run(problem.Network, problem.Examples, problem.Loss, step: 0); });

        Assert.Equal("step", exception.ParamName);
    }

    [Fact]
    public void Run_NonPositiveTolerance_Throws()
    {
        var problem = ExerciseProblems.IdentitySquaredError();

        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => { GradientCheck.Run(problem.Network, problem.Examples, problem.Loss, tolerance: -1); });

        Assert.Equal("tolerance", exception.ParamName);
    }

    [Theory]
    [InlineData(1.0, 1.0, 0.0)]
    [InlineData(1.0, 1.1, 0.1 / 1.1)]
    [InlineData(0.0, 1e-12, 1e-6)]
    [InlineData(0.0, 1e-3, 1.0)]
    public void RelativeError_UsesLargerMagnitudeAndFloor(double backprop, double numeric, double expected)
    {
        Assert.Equal(expected, GradientCheck.RelativeError(backprop, numeric), 1e-12);
    }

    internal static MultilayerPerceptron<double> RandomNetwork(
        int[] sizes,
        Activation hidden,
        OutputActivation output,
        Random random)
    {
        var network = new MultilayerPerceptron<double>(NetworkShape.Create(sizes, hidden, output));
        var values = network.Parameters.Values;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.NextDouble() * 2 - 1;
        }

        return network;
    }

    internal static TrainingExample[] RandomExamples(
        int[] sizes,
        OutputActivation output,
        Loss loss,
        Random random,
        int count)
    {
        var examples = new TrainingExample[count];
        for (var n = 0; n < count; n++)
        {
            var inputs = Enumerable.Range(0, sizes[0]).Select(_ => random.NextDouble() * 4 - 2).ToArray();
            var targets = new double[sizes[^1]];
            if (loss == Loss.CrossEntropy && output == OutputActivation.Softmax)
            {
                targets[random.Next(targets.Length)] = 1;
            }
            else
            {
                for (var k = 0; k < targets.Length; k++)
                {
                    targets[k] = output == OutputActivation.Identity
                        ? random.NextDouble() * 2 - 1
                        : random.NextDouble();
                }
            }

            examples[n] = new TrainingExample(inputs, targets);
        }

        return examples;
    }
}
