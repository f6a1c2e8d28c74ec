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
    public void Export_OnnxPathIsModel_LeavesModel()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        var before = File.ReadAllBytes(model);

        var (exitCode, output, error) = Cli.Run("export", "--model", model, "--onnx", model);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            $"mlp: error: --onnx '{model}' is the same file as --model '{model}', so writing it would " +
            "destroy the input. Give --onnx another path.\n",
            error.ReplaceLineEndings("\n"));
        Assert.Equal(before, File.ReadAllBytes(model));
    }

    [Fact]
    public void Export_LinkToModel_IsRejected()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        var before = File.ReadAllBytes(model);
        var linkedFolder = Path.Combine(folder.Path, "linked");
        Directory.CreateSymbolicLink(linkedFolder, folder.Path);
        var link = Path.Combine(folder.Path, "model-link.json");
        File.CreateSymbolicLink(link, model);

        var (linkExit, _, linkError) = Cli.Run("export", "--model", link, "--onnx", model);
        var (folderExit, _, folderError) = Cli.Run(
            "export", "--model", model, "--onnx", Path.Combine(linkedFolder, "model.json"));

        Assert.Equal(CommandLine.InvalidInputExitCode, linkExit);
        Assert.Contains($"is the same file as --model '{link}'", linkError, StringComparison.Ordinal);
        Assert.Equal(CommandLine.InvalidInputExitCode, folderExit);
        Assert.Contains($"is the same file as --model '{model}'", folderError, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(model));
    }

    [Theory]
    [InlineData("weights", "network.layers[0].weights[2][7] is 1E+39")]
    [InlineData("biases", "network.layers[1].biases[4] is -5E+38")]
    public void Export_ValueBeyondFloat32_NamesField(string field, string expected)
    {
        // float32 reaches ±3.4028235E+38, so 1e39 and -5e38 have no float32 value.
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        ModelFiles.Edit(model, root =>
        {
            var layers = root["network"]!["layers"]!;
            if (field == "weights")
            {
                layers[0]!["weights"]![2]![7] = 1e39;
            }
            else
            {
                layers[1]!["biases"]![4] = -5e38;
            }
        });
        var onnx = Path.Combine(folder.Path, "model.onnx");

        var (exitCode, _, error) = Cli.Run("export", "--model", model, "--onnx", onnx);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.StartsWith(
            $"mlp: error: {model}: {expected}, beyond the range of float32",
            error,
            StringComparison.Ordinal);
        Assert.False(File.Exists(onnx));
    }

    [Fact]
    public void Export_ScaleTooSmallForFloat32_NamesField()
    {
        // 1e-40 is a valid double scale, but 1 / 1e-40 overflows float32, whose largest value is 3.4e38.
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"), "--scale", "standard");
        ModelFiles.Edit(model, root => root["input"]!["scaling"]!["scales"]![3] = 1e-40);
        var onnx = Path.Combine(folder.Path, "model.onnx");

        var (exitCode, _, error) = Cli.Run("export", "--model", model, "--onnx", onnx);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.StartsWith(
            $"mlp: error: {model}: input.scaling.scales[3] is 1E-40",
            error,
            StringComparison.Ordinal);
        Assert.False(File.Exists(onnx));
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
