using System.Text.Json.Nodes;
using Mlp.Models;

namespace Mlp.Tests.Models;

/// <summary>
/// Damaged model files, each written by the test from a valid one: loading fails with a message
/// that names the field and never returns a half-loaded model.
/// </summary>
public sealed class ModelFileValidationTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string validPath;

    public ModelFileValidationTests()
    {
        // Layers: 64 inputs, hidden 12 and 8 units, 10 softmax outputs.
        validPath = Path.Combine(folder.Path, "valid.json");
        SmallModels.Classifier<double>(SmallModels.Digits()).Save(validPath);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Truncated_NamesJsonError()
    {
        var bytes = File.ReadAllBytes(validPath);
        var path = folder.WriteBytes("truncated.json", bytes[..(bytes.Length / 2)]);

        var message = LoadError(path);

        Assert.Contains("truncated.json is not valid JSON", message, StringComparison.Ordinal);
        Assert.Contains("truncated or damaged", message, StringComparison.Ordinal);
    }

    [Fact]
    public void WeightRowTooShort_NamesRowAndSize()
    {
        var path = Edit(root => root["network"]!["layers"]![1]!["weights"]![3]!.AsArray().RemoveAt(0));

        var message = LoadError(path);

        Assert.Contains("network.layers[1].weights[3] has 11 entries", message, StringComparison.Ordinal);
        Assert.Contains("layer 1 with 12 inputs needs 12", message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingWeightRow_NamesLayerAndUnits()
    {
        var path = Edit(root => root["network"]!["layers"]![2]!["weights"]!.AsArray().RemoveAt(9));

        var message = LoadError(path);

        Assert.Contains("network.layers[2].weights has 9 entries", message, StringComparison.Ordinal);
        Assert.Contains("10 units", message, StringComparison.Ordinal);
    }

    [Fact]
    public void BiasesOfWrongLength_NamesField()
    {
        var path = Edit(root => root["network"]!["layers"]![0]!["biases"]!.AsArray().Add(0.5));

        var message = LoadError(path);

        Assert.Contains("network.layers[0].biases has 13 entries", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LayerSizesDisagreeWithLayers_NamesLayers()
    {
        var path = Edit(root => root["network"]!["layers"]!.AsArray().RemoveAt(2));

        var message = LoadError(path);

        Assert.Contains("network.layers has 2 entries", message, StringComparison.Ordinal);
        Assert.Contains("layer_sizes [64, 12, 8, 10]", message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownActivation_NamesValueAndChoices()
    {
        var path = Edit(root => root["network"]!["hidden_activations"]![1] = "swish");

        var message = LoadError(path);

        Assert.Contains("network.hidden_activations[1] is \"swish\"", message, StringComparison.Ordinal);
        Assert.Contains("identity, logistic, tanh, relu", message, StringComparison.Ordinal);
    }

    [Fact]
    public void NewerFormatVersion_AsksForUpdate()
    {
        var path = Edit(root => root["format_version"] = ModelFile.FormatVersion + 1);

        var message = LoadError(path);

        Assert.Contains($"format_version {ModelFile.FormatVersion + 1}", message, StringComparison.Ordinal);
        Assert.Contains("Update", message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherJson_IsNotAModelFile()
    {
        var path = folder.WriteText("weights.json", "{\"layer_sizes\": [2, 1]}");

        var message = LoadError(path);

        Assert.Contains("is not an mlp model file", message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingField_NamesPath()
    {
        var path = Edit(root => root["training"]!.AsObject().Remove("loss_curve"));

        var message = LoadError(path);

        Assert.Contains("the field training.loss_curve is missing", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextInPlaceOfWeight_NamesValue()
    {
        var path = Edit(root => root["network"]!["layers"]![0]!["weights"]![0]![5] = "0.5");

        var message = LoadError(path);

        Assert.Contains(
            "network.layers[0].weights[0][5] is \"0.5\", but must be a number",
            message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ClassCountDisagreesWithOutputs_NamesBoth()
    {
        var path = Edit(root => root["classes"]!.AsArray().RemoveAt(9));

        var message = LoadError(path);

        Assert.Contains("9 classes need a softmax output with 9 units", message, StringComparison.Ordinal);
        Assert.Contains("with 10", message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsortedClasses_AreRejected()
    {
        var path = Edit(root =>
        {
            var classes = root["classes"]!.AsArray();
            (classes[0], classes[1]) = ("1", "0");
        });

        var message = LoadError(path);

        Assert.Contains("sorted order", message, StringComparison.Ordinal);
    }

    [Fact]
    public void FeatureNamesOfWrongCount_NamesInputs()
    {
        var path = Edit(root => root["input"]!["feature_names"]!.AsArray().RemoveAt(0));

        var message = LoadError(path);

        Assert.Contains("input.feature_names has 63 entries", message, StringComparison.Ordinal);
        Assert.Contains("64 inputs", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LossThatDoesNotFitOutput_NamesBoth()
    {
        var path = Edit(root => root["network"]!["loss"] = "squared-error");

        var message = LoadError(path);

        Assert.Contains("network.loss is \"squared-error\"", message, StringComparison.Ordinal);
        Assert.Contains("softmax output is trained with \"cross-entropy\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionsThatDisagreeWithNetwork_NameBoth()
    {
        var path = Edit(root => root["training"]!["params"]!["hidden_layer_sizes"] = new JsonArray(12, 9));

        var message = LoadError(path);

        Assert.Contains("hidden_layer_sizes [12, 9]", message, StringComparison.Ordinal);
        Assert.Contains("[12, 8]", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LossCurveShorterThanEpochs_NamesCount()
    {
        var path = Edit(root => root["training"]!["loss_curve"]!.AsArray().RemoveAt(0));

        var message = LoadError(path);

        Assert.Contains("training.loss_curve has 3 entries", message, StringComparison.Ordinal);
        Assert.Contains("n_iter 4", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-2.0, "-2")]
    [InlineData(1e-320, "1E-320")]
    public void ScaleNotPositiveOrTooSmall_NamesField(double scale, string written)
    {
        // 1e-320 is positive but subnormal: 1 / 1e-320 overflows to ∞, so scaling would too.
        var scales = Enumerable.Repeat(1.0, 64).ToArray();
        scales[5] = scale;
        var path = Edit(root => root["input"]!["scaling"] = Scaling(new double[64], scales));

        var message = LoadError(path);

        Assert.Contains(
            $"input.scaling.scales[5] is {written}, but a scale must be",
            message,
            StringComparison.Ordinal);
        Assert.Contains("reciprocal is finite", message, StringComparison.Ordinal);
        Assert.StartsWith(path, message, StringComparison.Ordinal);
    }

    [Fact]
    public void SmallestScaleWithFiniteReciprocal_Loads()
    {
        // 5.6e-309 is just above 1 / double.MaxValue ≈ 5.56268e-309, so its reciprocal is finite.
        var scales = Enumerable.Repeat(5.6e-309, 64).ToArray();
        var path = Edit(root => root["input"]!["scaling"] = Scaling(new double[64], scales));

        var model = ModelFile.Load(path);

        Assert.Equal(5.6e-309, model.Scaler!.Scales[0]);
    }

    [Fact]
    public void OffsetBeyondDouble_NamesField()
    {
        var path = Edit(root =>
        {
            root["input"]!["scaling"] = Scaling(new double[64], Enumerable.Repeat(1.0, 64).ToArray());
            root["input"]!["scaling"]!["offsets"]![3] = JsonNode.Parse("1e999");
        });

        var message = LoadError(path);

        Assert.Contains(
            "input.scaling.offsets[3] is 1e999, but must be a finite number",
            message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownScalingMethod_NamesField()
    {
        var path = Edit(root =>
        {
            root["input"]!["scaling"] = Scaling(new double[64], Enumerable.Repeat(1.0, 64).ToArray());
            root["input"]!["scaling"]!["method"] = "robust";
        });

        var message = LoadError(path);

        Assert.Contains("input.scaling.method is \"robust\", which is unknown", message, StringComparison.Ordinal);
        Assert.Contains("standard or minmax", message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneUnitLayer_CountsInSingular()
    {
        // The binary classifier's output layer, layer 2, has one logistic unit.
        var binaryPath = Path.Combine(folder.Path, "binary.json");
        SmallModels.Classifier<double>(SmallModels.ZerosAndOnes()).Save(binaryPath);
        var root = JsonNode.Parse(File.ReadAllText(binaryPath))!;
        root["network"]!["layers"]![2]!["biases"]!.AsArray().Add(0.5);
        var path = folder.WriteText("binary-biases.json", root.ToJsonString());

        var message = LoadError(path);

        Assert.Contains(
            "network.layers[2].biases has 2 entries, but layer 2 with 1 unit needs 1",
            message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void HugeWeight_FailsAsFloat()
    {
        var path = Edit(root => root["network"]!["layers"]![0]!["biases"]![0] = 1e300);

        var exception = Assert.Throws<InvalidDataException>(() => ModelFile.Load<float>(path));

        Assert.Contains("beyond the range of Single", exception.Message, StringComparison.Ordinal);
    }

    private static JsonObject Scaling(double[] offsets, double[] scales) => new()
    {
        ["method"] = "standard",
        ["offsets"] = new JsonArray([.. offsets.Select(value => JsonValue.Create(value))]),
        ["scales"] = new JsonArray([.. scales.Select(value => JsonValue.Create(value))]),
    };

    private static string LoadError(string path) =>
        Assert.Throws<InvalidDataException>(() => ModelFile.Load(path)).Message;

    private string Edit(Action<JsonNode> change)
    {
        var root = JsonNode.Parse(File.ReadAllText(validPath))!;
        change(root);
        return folder.WriteText($"edited-{Guid.NewGuid():N}.json", root.ToJsonString());
    }
}
