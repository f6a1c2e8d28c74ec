using System.Globalization;
using Mlp.Activations;
using Mlp.Data;
using Mlp.Estimators;
using Mlp.Models;
using Mlp.Preprocessing;
using Mlp.Training;

namespace Mlp.Cli.Tests.Commands;

/// <summary>
/// mlp train --save followed by mlp predict. Expected probabilities come from fitting the
/// library's MlpClassifier on the same split with the same options, so equality checks the whole
/// path: training, the model file, loading and the CSV output.
/// </summary>
public sealed class PredictCommandTests : IDisposable
{
    private static readonly TrainingOptions SmallDigitsOptions = new()
    {
        HiddenLayerSizes = [16],
        Activation = Activation.Tanh,
        MaxIterations = 5,
        RandomState = 1,
    };

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("none")]
    [InlineData("standard")]
    public void Proba_IsBitIdenticalToLibraryFit(string scaling)
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"), "--scale", scaling);
        var (train, test) = ModelFiles.DigitsSplit();
        var csv = ModelFiles.WriteCsv(folder, "test.csv", test, header: true, withTarget: false);

        var (exitCode, output, error) = Cli.Run("predict", "--model", model, "--data", csv, "--proba");

        Assert.True(exitCode == 0, error);
        var scaler = scaling == "none" ? null : new StandardScaler().Fit(train);
        var classifier = new MlpClassifier(SmallDigitsOptions);
        classifier.Fit(scaler?.Transform(train) ?? train);
        var expected = classifier.PredictProba(scaler?.Transform(test) ?? test);
        var (header, rows) = ModelFiles.ReadCsv(output);
        Assert.Equal(["digit", .. Enumerable.Range(0, 10).Select(k => $"proba_{k}")], header);
        Assert.Equal(test.RowCount, rows.Length);
        for (var row = 0; row < rows.Length; row++)
        {
            for (var k = 0; k < 10; k++)
            {
                var actual = double.Parse(rows[row][k + 1], CultureInfo.InvariantCulture);
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected[row, k]), BitConverter.DoubleToInt64Bits(actual));
            }
        }

        Assert.Equal(classifier.Predict(scaler?.Transform(test) ?? test), rows.Select(cells => cells[0]));
    }

    [Fact]
    public void Float32Model_PredictsAsLoadedFloat32()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model32.json"), "--dtype", "float32");

        var (exitCode, output, error) = Cli.Run("predict", "--model", model, "--data", "digits", "--proba");

        Assert.True(exitCode == 0, error);
        var loaded = Assert.IsType<MlpClassifier<float>>(ModelFile.Load<float>(model).Estimator);
        var expected = loaded.PredictProba(EmbeddedDatasets.Digits());
        var (_, rows) = ModelFiles.ReadCsv(output);
        Assert.Equal(1797, rows.Length);
        for (var row = 0; row < rows.Length; row++)
        {
            for (var k = 0; k < 10; k++)
            {
                Assert.Equal(expected[row, k], double.Parse(rows[row][k + 1], CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void TargetColumnInFile_IsIgnoredWithNotice()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        var (_, test) = ModelFiles.DigitsSplit();
        var withTarget = ModelFiles.WriteCsv(folder, "with.csv", test, header: true, withTarget: true);
        var without = ModelFiles.WriteCsv(folder, "without.csv", test, header: false, withTarget: false);

        var (exitCode, output, error) = Cli.Run("predict", "--model", model, "--data", withTarget);
        var (_, expected, _) = Cli.Run("predict", "--model", model, "--data", without);

        Assert.True(exitCode == 0, error);
        Assert.Contains("ignoring column \"digit\"", error, StringComparison.Ordinal);
        Assert.Equal(expected, output);
    }

    [Fact]
    public void OtherFeatureCount_IsRejectedWithBothCounts()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        var narrow = folder.WriteText("narrow.csv", "1,2,3\n4,5,6\n");

        var (exitCode, output, error) = Cli.Run("predict", "--model", model, "--data", narrow);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("narrow.csv has 3 features, but the model takes 64", error, StringComparison.Ordinal);
        Assert.Contains("pixel_0_0", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_WritesFileAndSaysSo()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        var path = Path.Combine(folder.Path, "predictions.csv");

        var (exitCode, output, error) = Cli.Run(
            "predict", "--model", model, "--data", "digits", "--output", path);

        Assert.True(exitCode == 0, error);
        Assert.Equal($"Wrote 1797 predictions for digits to {path}.\n", output.ReplaceLineEndings("\n"));
        var (header, rows) = ModelFiles.ReadCsv(File.ReadAllText(path));
        Assert.Equal(["digit"], header);
        Assert.Equal(1797, rows.Length);
    }

    [Fact]
    public void Regressor_WritesValuesAndRejectsProba()
    {
        var lines = Enumerable.Range(0, 40).Select(i => FormattableString.Invariant($"{i / 10.0},{i % 7},{i / 5.0}"));
        var data = folder.WriteText("line.csv", "a,b,y\n" + string.Join("\n", lines) + "\n");
        var model = Path.Combine(folder.Path, "regressor.json");
        var (trainExit, _, trainError) = Cli.Run(
            "train", "--data", data, "--task", "regression", "--hidden-layer-sizes", "4", "--max-iter", "20",
            "--random-state", "0", "--quiet", "--save", model);
        Assert.True(trainExit == 0, trainError);

        var (exitCode, output, error) = Cli.Run("predict", "--model", model, "--data", data);
        var (probaExit, _, probaError) = Cli.Run("predict", "--model", model, "--data", data, "--proba");

        Assert.True(exitCode == 0, error);
        Assert.Contains("ignoring column \"y\"", error, StringComparison.Ordinal);
        var regressor = MlpRegressor.Load(model);
        var expected = regressor.Predict(CsvDatasetReader.Read(data));
        var (header, rows) = ModelFiles.ReadCsv(output);
        Assert.Equal(["y"], header);
        Assert.Equal(expected[7, 0], double.Parse(rows[7][0], CultureInfo.InvariantCulture));
        Assert.Equal(CommandLine.InvalidInputExitCode, probaExit);
        Assert.Contains("--proba needs a classifier", probaError, StringComparison.Ordinal);
    }

    [Fact]
    public void LabelWithComma_IsQuoted()
    {
        var lines = Enumerable.Range(0, 30).Select(i => FormattableString.Invariant(
            $"{i % 5},{i / 10.0},{(i % 2 == 0 ? "\"small, even\"" : "odd")}"));
        var data = folder.WriteText("labels.csv", "a,b,kind\n" + string.Join("\n", lines) + "\n");
        var model = Path.Combine(folder.Path, "labels.json");
        var (trainExit, _, trainError) = Cli.Run(
            "train", "--data", data, "--hidden-layer-sizes", "4", "--max-iter", "5", "--random-state", "0",
            "--quiet", "--save", model);
        Assert.True(trainExit == 0, trainError);

        var (exitCode, output, error) = Cli.Run("predict", "--model", model, "--data", data, "--proba");

        Assert.True(exitCode == 0, error);
        var header = output.ReplaceLineEndings("\n").Split('\n')[0];
        // Classes sort by code point, as scikit-learn sorts text labels: "odd" first.
        Assert.Equal("kind,proba_odd,\"proba_small, even\"", header);
    }

    [Fact]
    public void Output_IsDataFile_IsRejectedBeforeWork()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        var (_, test) = ModelFiles.DigitsSplit();
        var csv = ModelFiles.WriteCsv(folder, "test.csv", test, header: true, withTarget: false);
        var before = File.ReadAllText(csv);

        var (exitCode, output, error) = Cli.Run("predict", "--model", model, "--data", csv, "-o", csv);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            $"mlp: error: --output '{csv}' is the same file as --data '{csv}', so writing it would destroy " +
            "the input. Give --output another path.\n",
            error.ReplaceLineEndings("\n"));
        Assert.Equal(before, File.ReadAllText(csv));
    }

    [Fact]
    public void Output_IsModelByAnotherName_IsRejected()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        var before = File.ReadAllText(model);
        var otherName = Path.Combine(folder.Path, "sub", "..", "model.json");

        var (exitCode, _, error) = Cli.Run("predict", "--model", model, "--data", "digits", "--output", otherName);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Contains(
            $"--output '{otherName}' is the same file as --model '{model}'",
            error,
            StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(model));
    }

    [Fact]
    public void Output_OneRow_CountsInSingular()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        var (_, test) = ModelFiles.DigitsSplit();
        var csv = ModelFiles.WriteCsv(folder, "one.csv", test.SelectRows([0]), header: true, withTarget: false);
        var path = Path.Combine(folder.Path, "one-prediction.csv");

        var (exitCode, output, error) = Cli.Run("predict", "--model", model, "--data", csv, "--output", path);

        Assert.True(exitCode == 0, error);
        Assert.Equal($"Wrote 1 prediction for {csv} to {path}.\n", output.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(false, "Infinity")]
    [InlineData(true, "NaN")]
    public void OverflowingRow_FailsNamingRowAndModel(bool classify, string value)
    {
        var model = ModelFiles.TrainOverflowing(folder, Path.Combine(folder.Path, "huge.json"), classify);

        // a + b is 0, 0.75 and 7: only data row 3 overflows.
        var rows = folder.WriteText("rows.csv", "a,b\n0,0\n0.5,0.25\n3,4\n");
        string[] proba = classify ? ["--proba"] : [];

        var (exitCode, output, error) = Cli.Run(["predict", "--model", model, "--data", rows, .. proba]);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith(
            $"mlp: error: {rows}, data row 3: output 0 of the network in {model} is {value}, so the row cannot " +
            "be predicted. The model file may be damaged or come from a training run that diverged",
            error,
            StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void ScaleOverflow_NamesRowFeatureAndScaling()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"), "--scale", "standard");

        // Scale 1e-308 has a finite reciprocal, 1e308, so the file loads. Feature 9 scales as
        // (x − 0) / 1e-308: 0 stays 0 in data rows 1 and 3, and 16 overflows in data row 2.
        ModelFiles.Edit(model, root =>
        {
            root["input"]!["scaling"]!["offsets"]![9] = 0.0;
            root["input"]!["scaling"]!["scales"]![9] = 1e-308;
        });
        var rows = EmbeddedDatasets.Digits().SelectRows([.. Enumerable.Range(0, 3)]);
        var pixels = rows.Features.ToArray();
        (pixels[9], pixels[64 + 9], pixels[128 + 9]) = (0, 16, 0);
        var csv = ModelFiles.WriteCsv(
            folder,
            "rows.csv",
            new Dataset("rows", pixels, rows.FeatureNames, rows.Targets, rows.TargetName),
            header: true,
            withTarget: false);

        var (exitCode, _, error) = Cli.Run("predict", "--model", model, "--data", csv);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Contains(
            $"{csv}, data row 2: feature \"pixel_1_1\" is 16, which the standard scaling in {model}",
            error,
            StringComparison.Ordinal);
        Assert.Contains("(x − 0) / 1E-308, takes to Infinity", error, StringComparison.Ordinal);
    }

    [Fact]
    public void DamagedModel_FailsWithReadableError()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));
        var text = File.ReadAllText(model);
        var damaged = folder.WriteText("damaged.json", text[..(text.Length / 3)]);

        var (exitCode, _, error) = Cli.Run("predict", "--model", damaged, "--data", "digits");

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.StartsWith("mlp: error: ", error, StringComparison.Ordinal);
        Assert.Contains("damaged.json is not valid JSON", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--target", "digit")]
    [InlineData("--header", "present")]
    public void CsvOptionWithBuiltInData_IsRejected(string option, string value)
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));

        var (exitCode, output, error) = Cli.Run("predict", "--model", model, "--data", "digits", option, value);

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.Equal("", output);
        Assert.Equal(
            "mlp: error: --target, --target-index and --header apply to CSV files, but --data digits is a " +
            "built-in data set; remove them.\n",
            error);
    }

    [Fact]
    public void MiddleTargetWithNumericNames_KeepsTheHeader()
    {
        // Once the target column is set aside, the header's other cells are all numbers, so only
        // the target's name marks the first row as a header; 12 data rows must give 12 predictions.
        var rows = Enumerable.Range(0, 12).Select(i => FormattableString.Invariant($"{i},{i % 2},{i % 3}"));
        var data = folder.WriteText("middle.csv", "500,label,2000\n" + string.Join("\n", rows) + "\n");
        var model = Path.Combine(folder.Path, "middle.json");
        var (trainExit, _, trainError) = Cli.Run(
            "train", "--data", data, "--target", "label", "--max-iter", "2", "--quiet", "--save", model);
        Assert.True(trainExit == 0, trainError);

        var (exitCode, output, error) = Cli.Run("predict", "--model", model, "--data", data, "--quiet");

        Assert.True(exitCode == 0, error);
        Assert.Equal(13, output.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void NegativeTargetIndex_NamesTheOption()
    {
        var model = ModelFiles.Train(Path.Combine(folder.Path, "model.json"));

        var (exitCode, _, error) = Cli.Run("predict", "--model", model, "--data", "digits", "--target-index", "-1");

        Assert.Equal(CommandLine.InvalidInputExitCode, exitCode);
        Assert.StartsWith("mlp: error: --target-index must be 0 or more; got -1.", error, StringComparison.Ordinal);
    }
}
