using Mlp.Data;
using Mlp.Estimators;
using Mlp.Models;
using Mlp.Preprocessing;

namespace Mlp.Tests.Models;

/// <summary>Saving and loading keeps every bit of what a model predicts.</summary>
public sealed class ModelFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void RoundTrip_Float64Classifier_IsBitIdentical()
    {
        var data = SmallModels.Digits();
        var original = SmallModels.Classifier<double>(data);
        var path = Path.Combine(folder.Path, "digits.json");

        original.Save(path);
        var loaded = MlpClassifier.Load(path);

        AssertBitwiseEqual(original.PredictProba(data), loaded.PredictProba(data));
        Assert.Equal(original.Predict(data), loaded.Predict(data));
        Assert.Equal(original.Classes, loaded.Classes);
        Assert.Equal(original.Network!.Parameters.Values, loaded.Network!.Parameters.Values);
        Assert.Equal(data.FeatureNames, loaded.FeatureNames);
        Assert.Equal("digit", loaded.TargetName);
        Assert.Equal(original.Options.HiddenLayerSizes, loaded.Options.HiddenLayerSizes);
        Assert.Equal(original.Options with { HiddenLayerSizes = loaded.Options.HiddenLayerSizes }, loaded.Options);
    }

    [Fact]
    public void Save_FailedRename_LeavesNoFile()
    {
        // A folder where the model file should go makes the final rename fail after the whole
        // model was written to the temporary file.
        var path = Path.Combine(folder.Path, "digits.json");
        Directory.CreateDirectory(path);
        var classifier = SmallModels.Classifier<double>(SmallModels.Digits());

        var exception = Assert.Throws<IOException>(() => classifier.Save(path));

        Assert.StartsWith($"Cannot write '{path}'", exception.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
        Assert.Empty(Directory.GetFileSystemEntries(path));
    }

    [Fact]
    public void Save_PlusQuoteAccent_WrittenPlainly()
    {
        var binary = SmallModels.ZerosAndOnes();
        string[] names = ["a+b", "it's", "<café>", .. binary.FeatureNames.Skip(3)];
        var labels = binary.Targets.Select(label => label == "yes" ? "O'Brien" : "x+y").ToArray();
        var data = new Dataset("names", binary.Features, names, labels, "size & shape");
        var path = Path.Combine(folder.Path, "names.json");

        SmallModels.Classifier<double>(data).Save(path);
        var text = File.ReadAllText(path);
        var loaded = MlpClassifier.Load(path);

        // The default JSON encoder would write \u002B, \u0027, \u003C, \u00E9 and \u0026.
        Assert.Contains("[\"a+b\", \"it's\", \"<café>\", ", text, StringComparison.Ordinal);
        Assert.Contains("\"classes\": [\"O'Brien\", \"x+y\"]", text, StringComparison.Ordinal);
        Assert.Contains("\"target_name\": \"size & shape\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.Equal(names, loaded.FeatureNames);
        Assert.Equal(["O'Brien", "x+y"], loaded.Classes);
        Assert.Equal("size & shape", loaded.TargetName);
    }

    [Fact]
    public void Load_ByteOrderMark_IsSkipped()
    {
        var data = SmallModels.Digits();
        var original = SmallModels.Classifier<double>(data);
        var path = Path.Combine(folder.Path, "digits.json");
        original.Save(path);
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(path)]);

        var loaded = MlpClassifier.Load(path);

        Assert.Equal(original.Network!.Parameters.Values, loaded.Network!.Parameters.Values);
    }

    [Fact]
    public void RoundTrip_KeepsTrainingHistory()
    {
        var original = SmallModels.Classifier<double>(SmallModels.Digits());
        var path = Path.Combine(folder.Path, "digits.json");

        original.Save(path);
        var loaded = MlpClassifier.Load(path);

        Assert.Equal(original.LossCurve, loaded.LossCurve);
        Assert.Equal(4, loaded.IterationCount);
        Assert.Equal(original.SamplesSeen, loaded.SamplesSeen);
        Assert.Equal(original.BestLoss, loaded.BestLoss);
        Assert.Null(loaded.ValidationScores);
        Assert.Equal(original.StopReason, loaded.StopReason);
    }

    [Fact]
    public void RoundTrip_Float32_LoadsAsFloat32()
    {
        var data = SmallModels.Digits();
        var original = SmallModels.Classifier<float>(data);
        var path = Path.Combine(folder.Path, "digits32.json");

        original.Save(path);
        var loaded = ModelFile.Load(path);

        var model = Assert.IsType<SavedModel<float>>(loaded);
        Assert.Equal("float32", model.Dtype);
        var classifier = Assert.IsType<MlpClassifier<float>>(model.Estimator);
        AssertBitwiseEqual(original.PredictProba(data), classifier.PredictProba(data));
        Assert.Equal(original.Network!.Parameters.Values, classifier.Network!.Parameters.Values);
    }

    [Fact]
    public void Load_Float32FileAsDouble_WidensExactly()
    {
        var original = SmallModels.Classifier<float>(SmallModels.Digits());
        var path = Path.Combine(folder.Path, "digits32.json");
        original.Save(path);

        var widened = MlpClassifier.Load(path);

        var expected = original.Network!.Parameters.Values.Select(value => (double)value);
        Assert.Equal(expected, widened.Network!.Parameters.Values);
    }

    [Fact]
    public void RoundTrip_BinaryTextLabels()
    {
        var data = SmallModels.ZerosAndOnes();
        var original = SmallModels.Classifier<double>(data);
        var path = Path.Combine(folder.Path, "binary.json");

        original.Save(path);
        var loaded = MlpClassifier.Load(path);

        Assert.Equal(["no", "yes"], loaded.Classes);
        Assert.Equal(1, loaded.Network!.Shape.OutputCount);
        AssertBitwiseEqual(original.PredictProba(data), loaded.PredictProba(data));
        Assert.Equal(original.Predict(data), loaded.Predict(data));
    }

    [Fact]
    public void RoundTrip_LabelsNeedingEscapes()
    {
        var digits = SmallModels.ZerosAndOnes();
        string[] names = ["café \"noir\"", "a,b <&> 🙂"];
        var labels = digits.Targets.Select(label => label == "yes" ? names[1] : names[0]).ToArray();
        var data = new Mlp.Data.Dataset("labels", digits.Features, digits.FeatureNames, labels, "kind");
        var original = SmallModels.Classifier<double>(data);
        var path = Path.Combine(folder.Path, "labels.json");

        original.Save(path);
        var loaded = MlpClassifier.Load(path);

        Assert.Equal(original.Classes, loaded.Classes);
        Assert.Equal(original.Predict(data), loaded.Predict(data));
    }

    [Fact]
    public void RoundTrip_MultiOutputRegressor_IsBitIdentical()
    {
        double[,] features = { { 0.1, 0.2 }, { 0.5, -1 }, { 2, 0.25 }, { -0.75, 1.5 } };
        double[,] targets = { { 1, 0 }, { 0.5, 2 }, { -1, 1 }, { 0, 0.25 } };
        var original = new MlpRegressor(SmallModels.Options);
        original.Fit(features, targets);
        var path = Path.Combine(folder.Path, "regressor.json");

        original.Save(path);
        var loaded = MlpRegressor.Load(path);

        AssertBitwiseEqual(original.Predict(features), loaded.Predict(features));
        Assert.Equal(["x0", "x1"], loaded.FeatureNames);
        Assert.Null(loaded.TargetName);
    }

    [Fact]
    public void RoundTrip_ScalerAndMetrics_AreKept()
    {
        var data = SmallModels.Digits();
        var scaler = new StandardScaler().Fit(data);
        var classifier = SmallModels.Classifier<double>(scaler.Transform(data));
        var path = Path.Combine(folder.Path, "scaled.json");
        var metrics = new Dictionary<string, double> { ["train_accuracy"] = 0.875, ["test_accuracy"] = 0.5 };

        ModelFile.Save(new SavedModel<double>(classifier) { Scaler = scaler, Metrics = metrics }, path);
        var loaded = ModelFile.Load<double>(path);

        Assert.Equal("standard", loaded.Scaler!.Method);
        Assert.Equal(scaler.Offsets, loaded.Scaler.Offsets);
        Assert.Equal(scaler.Scales, loaded.Scaler.Scales);
        Assert.Equal(metrics, loaded.Metrics);
        var reloaded = (MlpClassifier<double>)loaded.Estimator;
        var scaled = loaded.Scaler.Transform(data);
        AssertBitwiseEqual(classifier.PredictProba(scaled), reloaded.PredictProba(scaled));
    }

    [Fact]
    public void EstimatorLoad_FileWithScaler_Throws()
    {
        var data = SmallModels.Digits();
        var scaler = new MinMaxScaler().Fit(data);
        var classifier = SmallModels.Classifier<double>(scaler.Transform(data));
        var path = Path.Combine(folder.Path, "scaled.json");
        ModelFile.Save(new SavedModel<double>(classifier) { Scaler = scaler }, path);

        var exception = Assert.Throws<InvalidDataException>(() => MlpClassifier.Load(path));

        Assert.Contains("minmax", exception.Message, StringComparison.Ordinal);
        Assert.Contains("ModelFile.Load", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegressorLoad_ClassifierFile_Throws()
    {
        var path = Path.Combine(folder.Path, "digits.json");
        SmallModels.Classifier<double>(SmallModels.Digits()).Save(path);

        var exception = Assert.Throws<InvalidDataException>(() => MlpRegressor.Load(path));

        Assert.Contains("holds a classifier, not a regressor", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_Unfitted_Throws()
    {
        var path = Path.Combine(folder.Path, "never.json");

        // The estimator's own Save throws as Predict does, but ModelFile.Save blames its argument.
        Assert.Throws<InvalidOperationException>(() => new MlpClassifier().Save(path));
        var exception = Assert.Throws<ArgumentException>(() => ModelFile.Save(new MlpClassifier(), path));

        Assert.Equal("estimator", exception.ParamName);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Save_ScalerOfOtherWidth_Throws()
    {
        var classifier = SmallModels.Classifier<double>(SmallModels.Digits());
        var scaler = new StandardScaler().Fit([1, 2, 3, 4], 2);

        var exception = Assert.Throws<ArgumentException>(() => ModelFile.Save(
            new SavedModel<double>(classifier) { Scaler = scaler },
            Path.Combine(folder.Path, "bad.json")));

        Assert.Equal("model", exception.ParamName);
        Assert.Contains("2 features", exception.Message, StringComparison.Ordinal);
        Assert.Contains("takes 64", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_FailedWrite_KeepsPreviousFile()
    {
        var classifier = SmallModels.Classifier<double>(SmallModels.Digits());
        var path = Path.Combine(folder.Path, "model.json");
        classifier.Save(path);
        var before = File.ReadAllBytes(path);

        // A NaN in the last layer makes the writer fail after the first layers are written.
        classifier.Network!.Weights[^1][0, 0] = double.NaN;
        var exception = Assert.Throws<InvalidOperationException>(() => classifier.Save(path));

        Assert.Contains("NaN", exception.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Load_MissingFile_Throws()
    {
        var path = Path.Combine(folder.Path, "absent.json");

        var exception = Assert.Throws<FileNotFoundException>(() => ModelFile.Load(path));

        Assert.Equal(path, exception.FileName);
        Assert.Contains("mlp train --save", exception.Message, StringComparison.Ordinal);
    }

    private static void AssertBitwiseEqual(double[,] expected, double[,] actual)
    {
        Assert.Equal(expected.GetLength(0), actual.GetLength(0));
        Assert.Equal(expected.GetLength(1), actual.GetLength(1));
        ReferenceFile.AssertBitwiseEqual(
            expected.Cast<double>().ToArray(),
            actual.Cast<double>().ToArray());
    }
}
