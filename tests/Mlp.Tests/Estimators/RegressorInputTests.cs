using Mlp.Estimators;
using Mlp.Training;

namespace Mlp.Tests.Estimators;

/// <summary>
/// Guards of <see cref="MlpRegressor{T}"/> for input that scikit-learn 1.2 rejects: an unfitted
/// model, zero rows, target matrices without columns or of the wrong width, and non-finite targets.
/// </summary>
public class RegressorInputTests
{
    private static readonly TrainingOptions Small = new()
    {
        HiddenLayerSizes = [3],
        MaxIterations = 2,
        RandomState = 0,
    };

    [Fact]
    public void Score_Unfitted_ThrowsInvalidOperation()
    {
        var regressor = new MlpRegressor<double>();

        Assert.Throws<InvalidOperationException>(() => regressor.Score(new double[2, 3], new double[2, 1]));
        Assert.Throws<InvalidOperationException>(() => regressor.Predict(new double[2, 3]));
    }

    [Fact]
    public void PredictAndScore_ZeroRows_ThrowArgument()
    {
        var regressor = Fitted(outputs: 1);

        var predict = Assert.Throws<ArgumentException>(() => regressor.Predict(new double[0, 2]));
        var score = Assert.Throws<ArgumentException>(() => regressor.Score(new double[0, 2], new double[0, 1]));

        Assert.Equal("features", predict.ParamName);
        Assert.Equal("features", score.ParamName);
        Assert.Contains("at least one row", predict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FitAndPartialFit_ZeroRows_ThrowArgument()
    {
        var fit = Assert.Throws<ArgumentException>(
            () => new MlpRegressor<double>(Small).Fit(new double[0, 2], new double[0, 1]));
        var partial = Assert.Throws<ArgumentException>(
            () => new MlpRegressor<double>(Small).PartialFit(new double[0, 2], new double[0, 1]));

        Assert.Equal("features", fit.ParamName);
        Assert.Equal("features", partial.ParamName);
    }

    [Fact]
    public void Fit_NoTargetColumns_BlamesTargets()
    {
        var regressor = new MlpRegressor<double>(Small);

        var exception = Assert.Throws<ArgumentException>(() => regressor.Fit(new double[50, 2], new double[50, 0]));

        Assert.Equal("targets", exception.ParamName);
        Assert.Contains("at least one target column", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_RowCountsDiffer_BlamesTargets()
    {
        var regressor = new MlpRegressor<double>(Small);

        var exception = Assert.Throws<ArgumentException>(() => regressor.Fit(new double[5, 2], new double[4, 1]));

        Assert.Equal("targets", exception.ParamName);
        Assert.Contains("5 rows", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_TargetColumnsDifferFromOutputs_BlamesTargets()
    {
        var regressor = Fitted(outputs: 2);

        var exception = Assert.Throws<ArgumentException>(() => regressor.Score(new double[6, 2], new double[6, 1]));

        Assert.Equal("targets", exception.ParamName);
        Assert.Contains("1 columns but the model has 2 outputs", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NaNTarget_NamesTargetRowAndColumn()
    {
        var regressor = new MlpRegressor<double>(Small);
        var targets = new double[4, 2];
        targets[2, 1] = double.NaN;

        var exception = Assert.Throws<ArgumentException>(() => regressor.Fit(new double[4, 2], targets));

        Assert.Equal("targets", exception.ParamName);
        Assert.Contains("Target column 1 of row 2 is NaN", exception.Message, StringComparison.Ordinal);
    }

    private static MlpRegressor<double> Fitted(int outputs)
    {
        var features = new double[6, 2];
        var targets = new double[6, outputs];
        for (var row = 0; row < 6; row++)
        {
            features[row, 0] = row;
            features[row, 1] = row % 2;
            for (var k = 0; k < outputs; k++)
            {
                targets[row, k] = row + k;
            }
        }

        var regressor = new MlpRegressor<double>(Small);
        regressor.Fit(features, targets);
        return regressor;
    }
}
