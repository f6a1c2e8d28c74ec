using Mlp.Activations;
using Mlp.Cli.Models;
using Mlp.Data;
using Mlp.Estimators;
using Mlp.Models;
using Mlp.Training;

namespace Mlp.Cli.Tests.Models;

/// <summary>
/// Messages of a loaded model when a row cannot be predicted. The regressor has one identity hidden
/// unit h = 1e308 · (a + b) and output h, which overflows exactly when a + b > double.MaxValue / 1e308
/// ≈ 1.8.
/// </summary>
public sealed class LoadedModelTests
{
    [Fact]
    public void PredictValues_LaterChunk_OffsetsRow()
    {
        var model = LoadedModel.From(new SavedModel<double>(OverflowingRegressor()), "huge.json");

        // a + b is 0, 0.75 and 7: the third row of the chunk overflows.
        var chunk = Rows([0, 0, 0.5, 0.25, 3, 4]);

        var exception = Assert.Throws<InvalidDataException>(() => model.PredictValues(chunk, firstRow: 1000));

        // Rows 1000 to 1002 from 0 are data rows 1001 to 1003.
        Assert.StartsWith(
            "rows, data row 1003: output 0 of the network in huge.json is Infinity",
            exception.Message,
            StringComparison.Ordinal);
        Assert.IsType<NonFiniteOutputException>(exception.InnerException);
    }

    [Fact]
    public void PredictValues_ModelInMemory_SaysTheModel()
    {
        var model = LoadedModel.From(new SavedModel<double>(OverflowingRegressor()));

        var exception = Assert.Throws<InvalidDataException>(() => model.PredictValues(Rows([3, 4])));

        Assert.StartsWith(
            "rows, data row 1: output 0 of the network in the model is Infinity",
            exception.Message,
            StringComparison.Ordinal);
    }

    private static Dataset Rows(double[] features) =>
        new("rows", features, ["a", "b"], [.. Enumerable.Repeat("0", features.Length / 2)], "y");

    private static MlpRegressor OverflowingRegressor()
    {
        var regressor = new MlpRegressor(new TrainingOptions
        {
            HiddenLayerSizes = [1],
            Activation = Activation.Identity,
            MaxIterations = 2,
            RandomState = 0,
        });
        regressor.Fit(new double[,] { { 0, 0 }, { 1, 1 } }, new double[,] { { 0 }, { 1 } });
        var network = regressor.Network!;
        network.Weights[0].AsSpan().Fill(1e308);
        network.Biases[0].Span.Clear();
        network.Weights[1].AsSpan().Fill(1);
        network.Biases[1].Span.Clear();
        return regressor;
    }
}
