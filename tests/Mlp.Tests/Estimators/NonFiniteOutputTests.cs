using Mlp.Activations;
using Mlp.Estimators;
using Mlp.Networks;
using Mlp.Training;

namespace Mlp.Tests.Estimators;

/// <summary>
/// Prediction rejects NaN and infinite outputs. Each network is fitted briefly, then given one
/// identity hidden unit h = 1e308 · (x0 + x1), which overflows to +∞ exactly when x0 + x1 exceeds
/// double.MaxValue / 1e308 ≈ 1.8: of the rows below, only row 2 (3 + 4 = 7) does.
/// </summary>
public sealed class NonFiniteOutputTests
{
    private static readonly TrainingOptions Options = new()
    {
        HiddenLayerSizes = [1],
        Activation = Activation.Identity,
        MaxIterations = 2,
        RandomState = 0,
    };

    private static readonly double[,] Rows = { { 0, 0 }, { 0.5, 0.25 }, { 3, 4 } };

    private static readonly double[,] FiniteRows = { { 0, 0 }, { 0.5, 0.25 } };

    [Fact]
    public void RegressorPredict_OverflowingRow_NamesRowAndOutput()
    {
        var regressor = new MlpRegressor(Options);
        regressor.Fit(Rows, new double[,] { { 0 }, { 1 }, { 2 } });

        // Output z = 1 · h + 0, so row 2 gives +∞.
        SetParameters(regressor.Network!, [1.0]);

        var exception = Assert.Throws<NonFiniteOutputException>(() => regressor.Predict(Rows));

        Assert.Equal(2, exception.Row);
        Assert.Equal(0, exception.Output);
        Assert.Equal(double.PositiveInfinity, exception.Value);
        Assert.Contains("for row 2 is Infinity", exception.Message, StringComparison.Ordinal);
        Assert.Equal(7.5e307, regressor.Predict(FiniteRows)[1, 0], 1e293);
    }

    [Fact]
    public void ClassifierPredict_OverflowingRow_NamesRow()
    {
        var classifier = new MlpClassifier(Options);
        classifier.Fit(Rows, ["a", "b", "c"]);

        // Logits z = (h, 0 · h, 0 · h): row 2 gives (∞, NaN, NaN), and softmax of those is NaN.
        SetParameters(classifier.Network!, [1.0, 0.0, 0.0]);

        var labels = Assert.Throws<NonFiniteOutputException>(() => classifier.Predict(Rows));
        var probabilities = Assert.Throws<NonFiniteOutputException>(() => classifier.PredictProba(Rows));

        Assert.Equal(2, labels.Row);
        Assert.Equal(2, probabilities.Row);
        Assert.False(double.IsFinite(labels.Value));

        // Row 0 has equal logits, so it gets the first class. Row 1 has h = 7.5e307, so class "a" at p = 1.
        Assert.Equal(["a", "a"], classifier.Predict(FiniteRows));
    }

    [Fact]
    public void PredictFloat_OverflowingRow_NamesRow()
    {
        var regressor = new MlpRegressor<float>(Options);
        regressor.Fit(Rows, new double[,] { { 0 }, { 1 }, { 2 } });

        // 1e308 is beyond float32, so the hidden weights are float.MaxValue, which overflows in
        // float32 when x0 + x1 > 1: row 2 only.
        SetParameters(regressor.Network!, [1f], float.MaxValue);

        var exception = Assert.Throws<NonFiniteOutputException>(() => regressor.Predict(Rows));

        Assert.Equal(2, exception.Row);
        Assert.Equal(double.PositiveInfinity, exception.Value);
    }

    /// <summary>
    /// Sets W0 = [[w, w]] with w = 1e308 unless <paramref name="hiddenWeight"/> is given, b0 = [0],
    /// the output weights to the column <paramref name="outputWeights"/> and the output biases to 0.
    /// </summary>
    private static void SetParameters<T>(MultilayerPerceptron<T> network, T[] outputWeights, T? hiddenWeight = null)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        network.Weights[0].AsSpan().Fill(hiddenWeight ?? T.CreateChecked(1e308));
        network.Biases[0].Span.Clear();
        outputWeights.CopyTo(network.Weights[1].AsSpan());
        network.Biases[1].Span.Clear();
    }
}
