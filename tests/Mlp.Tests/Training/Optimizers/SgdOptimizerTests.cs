using Mlp.Training;
using Mlp.Training.Optimizers;

namespace Mlp.Tests.Training.Optimizers;

/// <summary>
/// The vectorised SGD update against scikit-learn's formulas written out one parameter at a time
/// (sklearn/neural_network/_stochastic_optimizers.py, SGDOptimizer._get_updates): the bits must
/// agree, so the vector code may not fuse a multiply and an add.
/// </summary>
public class SgdOptimizerTests
{
    // 203 parameters: several 512-bit vectors and a remainder.
    private const int Count = 203;

    [Theory]
    [InlineData(0.9, false)]
    [InlineData(0.9, true)]
    [InlineData(0.0, false)]
    [InlineData(0.0, true)]
    public void Update_MatchesScalarFormula(double momentum, bool nesterov)
    {
        var random = new Random(5);
        var parameters = Values(random);
        var expected = (double[])parameters.Clone();
        var velocities = new double[Count];
        var optimizer = new SgdOptimizer<double>(Count, 0.0137, LearningRateSchedule.Constant, momentum, nesterov, 0.5);

        for (var step = 0; step < 3; step++)
        {
            var gradients = Values(random);
            optimizer.Update(parameters, gradients);
            for (var i = 0; i < Count; i++)
            {
                // updates = momentum * velocity - lr * grad; Nesterov repeats it with the new velocity.
                velocities[i] = (momentum * velocities[i]) - (0.0137 * gradients[i]);
                var update = nesterov ? (momentum * velocities[i]) - (0.0137 * gradients[i]) : velocities[i];
                expected[i] += update;
            }
        }

        Assert.Equal(expected, parameters);
    }

    [Fact]
    public void IsPlain_ZeroMomentumWithNesterov_IsTrue()
    {
        var optimizer = new SgdOptimizer<double>(Count, 0.01, LearningRateSchedule.Constant, 0, true, 0.5);

        Assert.True(optimizer.IsPlain);
    }

    private static double[] Values(Random random) =>
        [.. Enumerable.Range(0, Count).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 3)))];
}
