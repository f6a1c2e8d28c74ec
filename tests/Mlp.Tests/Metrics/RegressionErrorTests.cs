using Mlp.Metrics;

namespace Mlp.Tests.Metrics;

/// <summary>
/// Errors of a two-output example, truth [[1, 2], [3, 4], [5, 7]] against predictions
/// [[1.5, 2], [2, 4], [5, 10]]. By hand: absolute errors 0.5, 1, 0 and 0, 0, 3 give MAE
/// (0.5 + 1) / 2 = 0.75; RMSE is (√(1.25 / 3) + √(9 / 3)) / 2. scikit-learn 1.2.1 prints 0.75
/// and 1.18877401596839.
/// </summary>
public sealed class RegressionErrorTests
{
    private static readonly double[] Truth = [1, 2, 3, 4, 5, 7];
    private static readonly double[] Predicted = [1.5, 2, 2, 4, 5, 10];

    [Fact]
    public void MeanAbsoluteError_AveragesOutputs() =>
        Assert.Equal(0.75, RegressionMetrics.MeanAbsoluteError(Truth, Predicted, 2), 15);

    [Fact]
    public void RootMeanSquaredError_AveragesOutputs() =>
        Assert.Equal(
            (Math.Sqrt(1.25 / 3) + Math.Sqrt(3)) / 2,
            RegressionMetrics.RootMeanSquaredError(Truth, Predicted, 2),
            15);

    [Fact]
    public void Errors_EmptyInput_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => RegressionMetrics.MeanAbsoluteError([], [], 1));

        Assert.Equal("predicted", exception.ParamName);
    }
}
