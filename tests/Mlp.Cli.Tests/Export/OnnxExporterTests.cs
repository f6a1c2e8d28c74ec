using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Mlp.Activations;
using Mlp.Cli.Export;
using Mlp.Cli.Models;
using Mlp.Data;
using Mlp.Estimators;
using Mlp.Models;
using Mlp.Preprocessing;
using Mlp.Training;

namespace Mlp.Cli.Tests.Export;

/// <summary>
/// Runs exported graphs in ONNX Runtime and compares them with the model's own predictions. The
/// export rounds weights to float32, so outputs agree to float32 precision, not bit for bit.
/// </summary>
public sealed class OnnxExporterTests
{
    private const double Float32Tolerance = 1e-5;

    [Theory]
    [InlineData(Activation.Relu, "standard")]
    [InlineData(Activation.Tanh, "minmax")]
    [InlineData(Activation.Logistic, null)]
    [InlineData(Activation.Identity, null)]
    public void Softmax_MatchesModelProbabilities(Activation activation, string? scaling)
    {
        var data = EmbeddedDatasets.Digits().SelectRows([.. Enumerable.Range(0, 400)]);
        var model = Train(data, activation, scaling, classify: true);

        var (probabilities, classIndex) = RunClassifier(OnnxExporter.Export(model), data);

        AssertClose(model.PredictProbabilities(model.Scale(data)), probabilities);
        AssertSameClass(model, data, probabilities, classIndex);
    }

    [Fact]
    public void BinaryLogistic_GivesTwoColumns()
    {
        var digits = EmbeddedDatasets.Digits();
        var rows = Enumerable.Range(0, digits.RowCount).Where(row => digits.Targets[row] is "3" or "8").ToArray();
        var data = digits.SelectRows(rows);
        var model = Train(data, Activation.Tanh, "standard", classify: true);

        var (probabilities, classIndex) = RunClassifier(OnnxExporter.Export(model), data);

        Assert.Equal(2, probabilities.GetLength(1));
        AssertClose(model.PredictProbabilities(model.Scale(data)), probabilities);
        AssertSameClass(model, data, probabilities, classIndex);
    }

    [Fact]
    public void Regressor_MatchesModelPredictions()
    {
        var digits = EmbeddedDatasets.Digits().SelectRows([.. Enumerable.Range(0, 300)]);
        var model = Train(digits, Activation.Relu, "standard", classify: false);

        using var session = new InferenceSession(OnnxExporter.Export(model));
        using var results = session.Run([Input(digits)]);
        var predictions = ToMatrix(results.Single(result => result.Name == "predictions").AsTensor<float>());

        AssertClose(model.PredictValues(model.Scale(digits)), predictions);
    }

    [Fact]
    public void Metadata_HoldsClassesAndFeatureNames()
    {
        var data = EmbeddedDatasets.Digits().SelectRows([.. Enumerable.Range(0, 200)]);
        var model = Train(data, Activation.Relu, null, classify: true);

        using var session = new InferenceSession(OnnxExporter.Export(model));
        var metadata = session.ModelMetadata.CustomMetadataMap;

        Assert.Equal(model.Classes, JsonSerializer.Deserialize<string[]>(metadata["classes"]));
        Assert.Equal(data.FeatureNames, JsonSerializer.Deserialize<string[]>(metadata["feature_names"]));
        Assert.Equal("mlp", session.ModelMetadata.ProducerName);
        Assert.Equal([-1, 64], session.InputMetadata["features"].Dimensions);
    }

    [Fact]
    public void Metadata_WritesPlusAndApostrophePlainly()
    {
        var digits = EmbeddedDatasets.Digits().SelectRows([.. Enumerable.Range(0, 200)]);
        string[] names = ["a+b", "it's", .. digits.FeatureNames.Skip(2)];
        var data = new Dataset("names", digits.Features, names, digits.Targets, digits.TargetName);
        var model = Train(data, Activation.Relu, null, classify: true);

        using var session = new InferenceSession(OnnxExporter.Export(model));
        var featureNames = session.ModelMetadata.CustomMetadataMap["feature_names"];

        // The default JSON encoder would write + as \u002B and ' as \u0027.
        Assert.StartsWith("[\"a+b\",\"it's\",\"pixel_0_2\",", featureNames, StringComparison.Ordinal);
        Assert.Equal(names, JsonSerializer.Deserialize<string[]>(featureNames));
    }

    [Fact]
    public void Export_WeightBeyondFloat32_NamesField()
    {
        var data = EmbeddedDatasets.Digits().SelectRows([.. Enumerable.Range(0, 200)]);
        var model = (LoadedModel<double>)Train(data, Activation.Relu, null, classify: true);

        // Layer 1 is [12 units, 16 inputs], so element 3 · 16 + 5 is unit 3, input 5.
        model.Typed.Estimator.Network!.Weights[1].AsSpan()[(3 * 16) + 5] = -1e39;

        var exception = Assert.Throws<InvalidDataException>(() => OnnxExporter.Export(model));

        Assert.StartsWith(
            "the model: network.layers[1].weights[3][5] is -1E+39, beyond the range of float32 (±3.4028235E+38)",
            exception.Message,
            StringComparison.Ordinal);
    }

    private static LoadedModel Train(Dataset data, Activation activation, string? scaling, bool classify)
    {
        var scaler = scaling is null ? null : FeatureScaler.Create(scaling).Fit(data);
        var scaled = scaler?.Transform(data) ?? data;
        var options = new TrainingOptions
        {
            HiddenLayerSizes = [16, 12],
            Activation = activation,
            MaxIterations = 15,
            RandomState = 3,
        };
        MlpEstimator<double> estimator;
        if (classify)
        {
            var classifier = new MlpClassifier(options);
            classifier.Fit(scaled);
            estimator = classifier;
        }
        else
        {
            var regressor = new MlpRegressor(options);
            regressor.Fit(scaled);
            estimator = regressor;
        }

        return LoadedModel.From(new SavedModel<double>(estimator) { Scaler = scaler });
    }

    private static (float[,] Probabilities, long[] ClassIndex) RunClassifier(byte[] onnx, Dataset data)
    {
        using var session = new InferenceSession(onnx);
        using var results = session.Run([Input(data)]);
        var probabilities = ToMatrix(results.Single(result => result.Name == "probabilities").AsTensor<float>());
        var classIndex = results.Single(result => result.Name == "class_index").AsTensor<long>().ToArray();
        return (probabilities, classIndex);
    }

    private static NamedOnnxValue Input(Dataset data)
    {
        var values = data.Features.Select(value => (float)value).ToArray();
        var tensor = new DenseTensor<float>(values, [data.RowCount, data.FeatureCount]);
        return NamedOnnxValue.CreateFromTensor("features", tensor);
    }

    private static float[,] ToMatrix(Tensor<float> tensor)
    {
        var matrix = new float[tensor.Dimensions[0], tensor.Dimensions[1]];
        for (var row = 0; row < matrix.GetLength(0); row++)
        {
            for (var column = 0; column < matrix.GetLength(1); column++)
            {
                matrix[row, column] = tensor[row, column];
            }
        }

        return matrix;
    }

    private static void AssertClose(double[,] expected, float[,] actual)
    {
        Assert.Equal(expected.GetLength(0), actual.GetLength(0));
        Assert.Equal(expected.GetLength(1), actual.GetLength(1));
        for (var row = 0; row < expected.GetLength(0); row++)
        {
            for (var column = 0; column < expected.GetLength(1); column++)
            {
                var scale = Math.Max(1, Math.Abs(expected[row, column]));
                Assert.True(
                    Math.Abs(expected[row, column] - actual[row, column]) <= Float32Tolerance * scale,
                    $"Row {row}, column {column}: expected {expected[row, column]}, got {actual[row, column]}.");
            }
        }
    }

    /// <summary>
    /// Checks the class index wherever the two largest probabilities are not within float32
    /// rounding.
    /// </summary>
    private static void AssertSameClass(LoadedModel model, Dataset data, float[,] probabilities, long[] classIndex)
    {
        var labels = model.PredictLabels(model.Scale(data));
        for (var row = 0; row < labels.Length; row++)
        {
            var sorted = Enumerable.Range(0, probabilities.GetLength(1))
                .Select(k => probabilities[row, k])
                .OrderDescending()
                .ToArray();
            if (sorted[0] - sorted[1] > 1e-4)
            {
                Assert.Equal(labels[row], model.Classes[(int)classIndex[row]]);
            }
        }
    }
}
