using System.Text.Json;
using Mlp.Activations;
using Mlp.Estimators;
using Mlp.Models;
using Mlp.Preprocessing;
using Mlp.Training;

namespace Mlp.Cli.Tests.Commands;

/// <summary>
/// mlp train --warm-start continues a saved model as scikit-learn's warm_start continues an
/// estimator: the expected losses come from one library estimator fitted twice with WarmStart.
/// </summary>
public sealed class WarmStartTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void WarmStart_ContinuesLossCurveAsLibrary()
    {
        var first = ModelFiles.Train(Path.Combine(folder.Path, "first.json"), "--scale", "standard");
        var second = Path.Combine(folder.Path, "second.json");

        var (exitCode, output, error) = Cli.Run(
            "train", "--data", "digits", "--warm-start", first, "--max-iter", "3", "--json", "--quiet",
            "--save", second);

        Assert.True(exitCode == 0, error);
        var (train, _) = ModelFiles.DigitsSplit();
        var scaled = new StandardScaler().Fit(train).Transform(train);
        var options = new TrainingOptions
        {
            HiddenLayerSizes = [16],
            Activation = Activation.Tanh,
            MaxIterations = 5,
            RandomState = 1,
        };
        var fresh = new MlpClassifier(options);
        fresh.Fit(scaled);
        var more = options with { MaxIterations = 3, WarmStart = true };
        var continued = (MlpClassifier<double>)ModelFile.Load<double>(first, more).Estimator;
        continued.Fit(scaled);
        var json = JsonDocument.Parse(output).RootElement;
        var losses = json.GetProperty("loss_curve").EnumerateArray().Select(value => value.GetDouble()).ToArray();
        Assert.Equal(8, json.GetProperty("n_iter").GetInt32());
        Assert.Equal(fresh.LossCurve, losses[..5]);
        Assert.Equal(continued.LossCurve, losses);
        var saved = ModelFile.Load<double>(second).Estimator;
        Assert.Equal(continued.Network!.Parameters.Values, saved.Network!.Parameters.Values);
        Assert.Equal(3, json.GetProperty("params").GetProperty("max_iter").GetInt32());
        Assert.Equal("tanh", json.GetProperty("params").GetProperty("activation").GetString());
    }

    [Theory]
    [InlineData("--dtype", "float32", "--dtype float32 differs from the warm-start model's float64")]
    [InlineData("--scale", "minmax", "--scale minmax differs from the scaling of")]
    [InlineData("--task", "regression", "--task regression differs from the warm-start model's classification")]
    [InlineData("--hidden-layer-sizes", "32", "hidden_layer_sizes [32] do not match the stored network's")]
    [InlineData("--early-stopping", "true", "a warm start keeps the early-stopping setting")]
    public void WarmStart_ChangedSetting_IsRejected(string option, string value, string message)
    {
        var first = ModelFiles.Train(Path.Combine(folder.Path, "first.json"), "--scale", "standard");

        var (exitCode, _, error) = Cli.Run("train", "--warm-start", first, option, value, "--quiet");

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void WarmStart_OtherFeatureCount_IsRejected()
    {
        var first = ModelFiles.Train(Path.Combine(folder.Path, "first.json"));
        var data = folder.WriteText("small.csv", "a,b,y\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n9,1,x\n");

        var (exitCode, _, error) = Cli.Run("train", "--warm-start", first, "--data", data, "--quiet");

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Contains("--data has 2 features, but", error, StringComparison.Ordinal);
        Assert.Contains("takes 64", error, StringComparison.Ordinal);
    }
}
