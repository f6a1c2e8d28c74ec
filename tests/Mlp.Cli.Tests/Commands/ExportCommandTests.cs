using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Mlp.Data;
using Mlp.Models;

namespace Mlp.Cli.Tests.Commands;

/// <summary>
/// mlp export writes an ONNX file that ONNX Runtime runs to the model's probabilities.
/// </summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Export_OnnxRuntimeMatchesModel()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"), "--scale", "standard");
        var onnx = Path.Combine(folder.Path, "model.onnx");

        var (exitCode, output, error) = Cli.Run("export", "--model", model, "--onnx", onnx);

        Assert.True(exitCode == 0, error);
        Assert.StartsWith($"Wrote {onnx}: classifier of 10 classes", output, StringComparison.Ordinal);
        var digits = EmbeddedDatasets.Digits();
        var saved = ModelFile.Load<double>(model);
        var classifier = (Mlp.Estimators.MlpClassifier<double>)saved.Estimator;
        var expected = classifier.PredictProba(saved.Scaler!.Transform(digits));
        using var session = new InferenceSession(onnx);
        var features = digits.Features.Select(value => (float)value).ToArray();
        var input = new DenseTensor<float>(features, [digits.RowCount, 64]);
        using var results = session.Run([NamedOnnxValue.CreateFromTensor("features", input)]);
        var probabilities = results.Single(result => result.Name == "probabilities").AsTensor<float>();
        for (var row = 0; row < digits.RowCount; row++)
        {
            for (var k = 0; k < 10; k++)
            {
                Assert.Equal(expected[row, k], probabilities[row, k], 1e-5);
            }
        }
    }

    [Fact]
    public void Export_MissingModel_Fails()
    {
        var (exitCode, _, error) = Cli.Run(
            "export", "--model", Path.Combine(folder.Path, "none.json"), "--onnx", Path.Combine(folder.Path, "x.onnx"));

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Contains("Model file not found", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "x.onnx")));
    }
}
