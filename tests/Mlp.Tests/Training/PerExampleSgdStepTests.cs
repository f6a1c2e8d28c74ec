using System.Numerics;
using Mlp.Activations;
using Mlp.Data;
using Mlp.Networks;
using Mlp.Randomness;
using Mlp.Training;
using Mlp.Training.Optimizers;

namespace Mlp.Tests.Training;

/// <summary>The fused per-example SGD step against the general backward pass and optimizer.</summary>
public class PerExampleSgdStepTests
{
    [Theory]
    [InlineData(Activation.Tanh, OutputActivation.Softmax, LearningRateSchedule.Constant, 0.0)]
    [InlineData(Activation.Relu, OutputActivation.Softmax, LearningRateSchedule.InvScaling, 0.0)]
    [InlineData(Activation.Logistic, OutputActivation.Logistic, LearningRateSchedule.Constant, 0.0)]
    [InlineData(Activation.Identity, OutputActivation.Identity, LearningRateSchedule.Constant, 0.0)]
    [InlineData(Activation.Tanh, OutputActivation.Softmax, LearningRateSchedule.Constant, 1e-4)]
    [InlineData(Activation.Relu, OutputActivation.Softmax, LearningRateSchedule.InvScaling, 0.3)]
    [InlineData(Activation.Identity, OutputActivation.Identity, LearningRateSchedule.Constant, 0.01)]
    public void FusedStep_MatchesGeneralPathBitForBit(
        Activation hidden,
        OutputActivation output,
        LearningRateSchedule schedule,
        double alpha)
    {
        var (fusedLoss, fused) = Train<double>(hidden, output, schedule, alpha, fuse: true);
        var (generalLoss, general) = Train<double>(hidden, output, schedule, alpha, fuse: false);

        ReferenceFile.AssertBitwiseEqual(general, fused);
        Assert.Equal(generalLoss, fusedLoss);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1e-4)]
    public void FusedStep_Float_MatchesGeneralPathBitForBit(double alpha)
    {
        var (fusedLoss, fused) = Train<float>(
            Activation.Tanh, OutputActivation.Softmax, LearningRateSchedule.Constant, alpha, fuse: true);
        var (generalLoss, general) = Train<float>(
            Activation.Tanh, OutputActivation.Softmax, LearningRateSchedule.Constant, alpha, fuse: false);

        Assert.Equal(general, fused);
        Assert.Equal(generalLoss, fusedLoss);
    }

    private static (List<double> LossCurve, double[] Parameters) Train<T>(
        Activation hidden,
        OutputActivation output,
        LearningRateSchedule schedule,
        double alpha,
        bool fuse)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var digits = EmbeddedDatasets.Digits();
        const int rows = 150;
        var outputs = output == OutputActivation.Logistic ? 1 : 10;
        var inputs = new T[rows * 64];
        var targets = new T[rows * outputs];
        for (var row = 0; row < rows; row++)
        {
            for (var k = 0; k < 64; k++)
            {
                inputs[(row * 64) + k] = T.CreateChecked(digits.Row(row)[k] / 16);
            }

            var digit = int.Parse(digits.Targets[row], System.Globalization.CultureInfo.InvariantCulture);
            if (outputs == 1)
            {
                targets[row] = T.CreateChecked(digit % 2);
            }
            else
            {
                targets[(row * outputs) + digit] = T.One;
            }
        }

        var options = new TrainingOptions
        {
            HiddenLayerSizes = [20, 7],
            Activation = hidden,
            Solver = Solver.Sgd,
            Alpha = alpha,
            BatchSize = 1,
            LearningRateSchedule = schedule,
            LearningRateInit = 0.01,
            Momentum = 0,
            NesterovsMomentum = false,
            MaxIterations = 3,
        };
        var network = new MultilayerPerceptron<T>(NetworkShape.Create([64, 20, 7, outputs], hidden, output));
        var random = new NumPyRandomState(9);
        Initializers.GlorotUniform(network, random, hidden);
        var optimizer = new SgdOptimizer<T>(network.Parameters.Values.Length, 0.01, schedule, 0, false, 0.5);
        var state = new TrainingState<T>(earlyStopping: false);
        new StochasticTrainer<T>(network, optimizer, options, fuse).Run(
            new TrainingData<T>(
                inputs,
                targets,
                rows,
                64,
                outputs), state, random, null, false, null, CancellationToken.None);
        return (state.LossCurve, [.. network.Parameters.Values.Select(double.CreateChecked)]);
    }
}
